/**
 * `npm run fit:folds`: the validation figures of all four folds at once. Each fold is fitted as `npm run fit --
 * --fold K` fits it (on train less that fold, test set aside), two at a time, and the four folds' replies are
 * pooled and scored together: every train question is scored once, by a model that did not see it. One fold's
 * figures move by a question or two and by its own threshold; pooled, a change is judged on all of train.
 *
 *     npm run fit:folds             # a table, and each fold's threshold
 *     npm run fit:folds -- --json   # the figures as one JSON array (to compare two versions of the code)
 *     npm run fit:folds -- --by-corpus   # folds of whole news corpora: a question's event unseen in fitting
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { VALIDATION_FOLDS } from '../src/evaluate/questionBank.ts';
import { poolTestRuns, scoreBank, type ScoredRun } from '../src/evaluate/runBank.ts';
import { bankTable } from '../src/evaluate/bankTable.ts';

/** `--by-corpus`: each fold holds out whole news corpora (another event's articles unseen), not questions. */
const BY_CORPUS = process.argv.includes('--by-corpus');
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
        const args = [
          '--import',
          'tsx',
          path.join(PROJECT_ROOT, 'scripts', 'fit.ts'),
          '--fold',
          String(fold),
          '--out',
          file,
          ...(BY_CORPUS ? ['--by-corpus'] : []),
        ];
        await run(process.execPath, args, {
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
  const parts = scoreBank(poolTestRuns(saved.flatMap((s) => s.runs)), ['test']);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(parts.map((p) => ({ ...p, split: 'validation', misses: undefined })))}\n`);
  else {
    const title = `Validation, pooled over ${folds.length} folds (part \`test\`: each train question scored by the fold that left it out)`;
    const thresholds = saved.sort((a, b) => a.fold - b.fold).map((s) => `fold ${s.fold} ${s.threshold}`);
    process.stdout.write(`${bankTable(parts, false, title)}\nthresholds: ${thresholds.join(', ')}\n`);
  }
}
