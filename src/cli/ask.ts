/**
 * `npm run ask -- [--json] [--type TYPE] [--seeds DIR] ["question"]`
 * With a question, answers it; without, answers standard input one line at a time.
 */
import { createInterface } from 'node:readline';
import { isQuestionType, QUESTION_TYPES, type QuestionType } from '../shared/questionType.ts';
import type { AnswerEngine } from '../answer/answerEngine.ts';
import { loadEngine, resolveSeedsDir } from '../loadEngine.ts';
import { toJsonReply } from '../render/replyJson.ts';
import { renderText } from '../render/renderText.ts';
import { endOnBrokenPipe } from './endOnBrokenPipe.ts';
import { parseQuestionLine } from './parseQuestionLine.ts';
import { questionProblem } from '../answer/questionProblem.ts';
import { parseCommandLine, runCommand, UsageError } from './runCommand.ts';

const USAGE = `usage: npm run ask -- [--json] [--type ${QUESTION_TYPES.join('|')}] [--seeds DIR] ["question"]
  with a question: answers it; without: answers standard input, one question a line
  (plain text, or JSON objects with "question" and "type")`;

function readOptions(argv: string[]): { json: boolean; type: QuestionType | null; seeds: string | undefined; question: string | null; help: boolean } {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    type: { type: 'string' },
    seeds: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const type = values.type ?? null;
  if (type !== null && !isQuestionType(type)) throw new UsageError(`unknown --type ${JSON.stringify(type)}: use one of ${QUESTION_TYPES.join(', ')}`);
  return { json: values.json ?? false, type, seeds: values.seeds, question: positionals.length ? positionals.join(' ') : null, help: values.help ?? false };
}

function answer(engine: AnswerEngine, question: string, type: QuestionType | null, json: boolean): string {
  const reply = engine.ask(question, type);
  return json ? JSON.stringify(toJsonReply(reply)) : renderText(reply);
}

async function answerStdin(engine: AnswerEngine, type: QuestionType | null, json: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let bad = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseQuestionLine(line, type);
    if (!parsed.ok) {
      bad += 1;
      process.stdout.write(json ? `${JSON.stringify({ error: parsed.error })}\n` : `error: ${parsed.error}\n\n`);
      continue;
    }
    let out: string;
    try {
      out = answer(engine, parsed.request.question, parsed.request.type, json);
    } catch (err) {
      // One line that breaks the engine costs only itself: the batch goes on.
      bad += 1;
      const error = `could not answer: ${err instanceof Error ? err.message : String(err)}`;
      out = json ? JSON.stringify({ error }) : `error: ${error}`;
    }
    process.stdout.write(`${out}\n${json ? '' : '\n'}`);
  }
  if (bad) process.stderr.write(`${bad} line(s) could not be asked; see the error lines in the output\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { engine, warnings } = await loadEngine(resolveSeedsDir(options.seeds));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  if (options.question === null) return answerStdin(engine, options.type, options.json);
  const problem = questionProblem(options.question, options.type);
  if (problem) {
    process.stderr.write(`ask: ${problem}\n`);
    return 2;
  }
  process.stdout.write(`${answer(engine, options.question, options.type, options.json)}\n`);
  return 0;
}

endOnBrokenPipe();
runCommand('ask', USAGE, main);
