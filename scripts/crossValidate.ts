/**
 * `npm run fit:folds`: the validation figures of all four folds at once. Each fold is fitted as `npm run fit --
 * --fold K` fits it (on train less that fold, test set aside), two at a time, and the four folds' replies are
 * pooled and scored together: every train question is scored once, by a model that did not see it. One fold's
 * figures move by a question or two and by its own threshold; pooled, a change is judged on all of train.
 *
 *     npm run fit:folds             # a table, and each fold's threshold
 *     npm run fit:folds -- --json   # the figures as one JSON array (to compare two versions of the code)
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { VALIDATION_FOLDS } from '../src/evaluate/questionBank.ts';
import { poolTestRuns, scoreBank, type ScoredRun } from '../src/evaluate/runBank.ts';

/** Folds fitted at once: a fit is single-threaded, and the machines here have two cores. */
const PARALLEL = Number(process.env['FOLDS_PARALLEL'] ?? 2);

const run = promisify(execFile);
const dir = await mkdtemp(path.join(tmpdir(), 'summit-folds-'));
const folds = Array.from({ length: VALIDATION_FOLDS }, (_, i) => i + 1);
const saved: Array<{ fold: number; threshold: number; runs: ScoredRun[] }> = [];
try {
  for (let i = 0; i < folds.length; i += PARALLEL) {
    await Promise.all(
      folds.slice(i, i + PARALLEL).map(async (fold) => {
        const file = path.join(dir, `fold-${fold}.json`);
        await run(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'fit.ts'), '--fold', String(fold), '--out', file], {
          cwd: PROJECT_ROOT,
          maxBuffer: 64 * 1024 * 1024,
        });
        saved.push(JSON.parse(await readFile(file, 'utf8')) as (typeof saved)[number]);
      }),
    );
  }
} catch (err) {
  process.stderr.write(`fit:folds: a fold's fit failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (saved.length === folds.length) {
  const parts = scoreBank(poolTestRuns(saved.flatMap((s) => s.runs)), ['test']).map((p) => ({ ...p, split: 'validation', misses: undefined }));
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(parts)}\n`);
  else {
    const show = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : v.toFixed(1));
    const lines = [`validation, pooled over ${folds.length} folds (each question scored by the fold that left it out)`, ''];
    lines.push(
      `${'corpus'.padEnd(14)}${'n'.padStart(5)}${'p@1'.padStart(8)}${'p@3'.padStart(8)}${'answer'.padStart(8)}${'abstain'.padStart(9)}${'f_abst'.padStart(8)}${'best'.padStart(7)}${'SQuAD F1'.padStart(10)}`,
    );
    for (const p of parts)
      lines.push(
        `${p.corpus.padEnd(14)}${String(p.questions).padStart(5)}${show(p.passage_at_1).padStart(8)}${show(p.passage_at_3).padStart(8)}${show(p.answer).padStart(8)}${show(p.abstain).padStart(9)}${show(p.false_abstain).padStart(8)}${show(p.best_candidate).padStart(7)}${(p.squad ? show(p.squad.f1) : '').padStart(10)}`,
      );
    lines.push(
      '',
      `thresholds: ${saved
        .sort((a, b) => a.fold - b.fold)
        .map((s) => `fold ${s.fold} ${s.threshold}`)
        .join(', ')}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
