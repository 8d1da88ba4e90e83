/**
 * Peak memory of the bot, measured alone in its own process: build (or, with a seeds folder and a cache
 * directory as arguments, load from its snapshot) the engine, answer the dev questions, print the peak RSS in MB.
 * Without arguments: the seeds and the Brown texts, built in memory (`npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { AnswerEngine } from '../src/answer/answerEngine.ts';
import { isQuestionType } from '../src/shared/questionType.ts';
import { loadArticles } from '../src/ingest/loadArticles.ts';
import { DEFAULT_SEEDS_DIR, loadEngine } from '../src/loadEngine.ts';
import { loadBrownArticles } from '../src/evaluate/brownArticles.ts';
import { findDevFile } from './measure.ts';
import { parseQuestionLines } from '../src/evaluate/questionBank.ts';

const devFile = findDevFile();
const questions = parseQuestionLines(readFileSync(devFile, 'utf8'), devFile);
const [seedsDir, cacheDir] = process.argv.slice(2);
const engine = seedsDir
  ? (await loadEngine(seedsDir, { cacheDir: cacheDir ?? null })).engine
  : new AnswerEngine([...(await loadArticles(DEFAULT_SEEDS_DIR)).articles, ...(await loadBrownArticles())]);
for (const q of questions) engine.ask(q.question, isQuestionType(q.type) ? q.type : null);
process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
