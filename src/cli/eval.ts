/**
 * `npm run eval`: answer quality.
 * - `npm run eval -- [--json] [--split train|test] [--corpus NAME]... [--distractors]`: the question bank
 *   (`tests/bank/`), figures per corpus and part (`train`: tuned on; `test`: held back), per type, and the
 *   SQuAD 2.0 measure; `--distractors` adds the 500 Brown texts to every corpus.
 * - `npm run eval -- [--seeds DIR] [--json] FILE`: one question file against one folder, overall and per type.
 */
import { readFile } from 'node:fs/promises';
import { loadEngine, resolveSeedsDir } from '../loadEngine.ts';
import { isQuestionType } from '../shared/questionType.ts';
import { toJsonReply } from '../render/replyJson.ts';
import { scoreRun, type EvalFigures, type EvalQuestion } from '../evaluate/scoreRun.ts';
import { loadBank, parseQuestionLines, type LoadedCorpus, type Split } from '../evaluate/questionBank.ts';
import { AnswerEngine } from '../answer/answerEngine.ts';
import { loadArticles } from '../ingest/loadArticles.ts';
import { PROJECT_ROOT } from '../projectRoot.ts';
import path from 'node:path';
import { runBank, scoreBank } from '../evaluate/runBank.ts';
import { parseCommandLine, runCommand, UsageError } from './runCommand.ts';
import { bankTable, showFigure as show } from '../evaluate/bankTable.ts';

const USAGE =
  'usage: npm run eval -- [--json] [--split train|test] [--corpus NAME]... [--misses] [--distractors]\n       npm run eval -- [--seeds DIR] [--json] QUESTIONS.jsonl';

function figureLines(figures: EvalFigures): string[] {
  return [
    `passage_at_1   ${show(figures.passage_at_1)}`,
    `passage_at_3   ${show(figures.passage_at_3)}`,
    `answer         ${show(figures.answer)}`,
    `abstain        ${show(figures.abstain)}`,
    `false_abstain  ${show(figures.false_abstain)}`,
    '',
    'by type        passage_at_1  answer',
    ...Object.entries(figures.by_intent).map(([k, v]) => `${k.padEnd(15)}${show(v.passage_at_1).padEnd(14)}${show(v.answer)}`),
  ];
}

async function evalFile(file: string, seeds: string | undefined, json: boolean): Promise<number> {
  let questions: EvalQuestion[];
  try {
    questions = parseQuestionLines(await readFile(file, 'utf8'), file);
  } catch (err) {
    process.stderr.write(`eval: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file ${file}` : (err as Error).message}\n`);
    return 2;
  }
  const { engine, warnings } = await loadEngine(resolveSeedsDir(seeds));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const outputs = questions.map((q) => toJsonReply(engine.ask(q.question ?? '', isQuestionType(q.type) ? q.type : null)));
  const figures = scoreRun(questions, outputs);
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const lines = [`questions      ${questions.length}`, ...figureLines(figures)];
  if (figures.misses.length) lines.push('', 'misses:', ...figures.misses.map((m) => `  ${m}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** An engine over a corpus plus the Brown corpus (a devDependency, loaded only for `--distractors`). */
async function withBrownTexts(): Promise<(c: LoadedCorpus) => Promise<AnswerEngine>> {
  const { loadBrownArticles } = await import('../evaluate/brownArticles.ts');
  const brown = await loadBrownArticles();
  return async (c) => new AnswerEngine([...(await loadArticles(path.join(PROJECT_ROOT, c.dir))).articles, ...brown]);
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseCommandLine(argv, {
    seeds: { type: 'string' },
    json: { type: 'boolean', default: false },
    split: { type: 'string', multiple: true },
    corpus: { type: 'string', multiple: true },
    misses: { type: 'boolean', default: false },
    distractors: { type: 'boolean', default: false },
  });
  if (positionals.length > 1) throw new UsageError('give at most one question file');
  if (positionals[0]) return evalFile(positionals[0], values.seeds, values.json);
  const splits = (values.split ?? ['train', 'test']) as Split[];
  if (splits.some((s) => s !== 'train' && s !== 'test')) throw new UsageError('--split is train or test');
  const corpora = await loadBank(values.corpus);
  if (!corpora.length) {
    process.stderr.write(`eval: no such corpus ${values.corpus?.join(', ')}\n`);
    return 2;
  }
  // With the 500 Brown texts added to every corpus: answers must not drift when unrelated texts are added.
  const engineFor = values.distractors ? await withBrownTexts() : undefined;
  const parts = scoreBank(await runBank(corpora, engineFor), splits);
  if (values.json) process.stdout.write(`${JSON.stringify(parts.map(({ misses: _misses, ...rest }) => rest))}\n`);
  else process.stdout.write(bankTable(parts, values.misses));
  return 0;
}

runCommand('eval', USAGE, main);
