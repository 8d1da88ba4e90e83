/** `npm run eval -- [--seeds DIR] [--json] FILE`: the dev-set figures for a question file, overall and per type. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadEngine, resolveSeedsDir } from '../loadEngine.ts';
import { isQuestionType } from '../answer/questionType.ts';
import { toJsonReply } from '../render/replyJson.ts';
import { scoreRun, type EvalQuestion } from '../evaluate/scoreRun.ts';

const USAGE = 'usage: npm run eval -- [--seeds DIR] [--json] QUESTIONS.jsonl';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { seeds: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    process.stderr.write(`eval: give one question file\n${USAGE}\n`);
    return 2;
  }
  let questions: EvalQuestion[];
  try {
    questions = (await readFile(file, 'utf8'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as EvalQuestion;
        } catch {
          throw new Error(`line ${i + 1} of ${file} is not JSON`);
        }
      });
  } catch (err) {
    process.stderr.write(`eval: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file ${file}` : (err as Error).message}\n`);
    return 2;
  }
  const { engine, warnings } = await loadEngine(resolveSeedsDir(parsed.values.seeds));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const outputs = questions.map((q) => toJsonReply(engine.ask(q.question ?? '', isQuestionType(q.type) ? q.type : null)));
  const figures = scoreRun(questions, outputs);
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const show = (v: number | null): string => (v === null ? 'n/a' : `${v.toFixed(1)}%`);
  const lines = [
    `questions      ${questions.length}`,
    `passage_at_1   ${show(figures.passage_at_1)}`,
    `passage_at_3   ${show(figures.passage_at_3)}`,
    `answer         ${show(figures.answer)}`,
    `abstain        ${show(figures.abstain)}`,
    `false_abstain  ${show(figures.false_abstain)}`,
    '',
    'by type        passage_at_1  answer',
    ...Object.entries(figures.by_intent).map(([k, v]) => `${k.padEnd(15)}${show(v.passage_at_1).padEnd(14)}${show(v.answer)}`),
  ];
  if (figures.misses.length) lines.push('', 'misses:', ...figures.misses.map((m) => `  ${m}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
