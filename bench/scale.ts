/**
 * `npm run bench -- --scale [--factors 1,2,4,8] [--json]`: the figures of issue #13 as the corpus grows
 * (the seeds plus the Brown texts copied ×factor, `scaleCorpus.ts`): answer p50/p99, naive p50, build,
 * cold start (no snapshot) and warm start (snapshot) to the first answer, the bot's peak RSS, dev quality,
 * and the power-law fit of each against the passage count; a chart as `bench/scale.svg`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isQuestionType } from '../src/shared/questionType.ts';
import type { AnswerEngine } from '../src/answer/answerEngine.ts';
import { loadArticles } from '../src/ingest/loadArticles.ts';
import { DEFAULT_SEEDS_DIR } from '../src/loadEngine.ts';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { toJsonReply } from '../src/render/replyJson.ts';
import { answerLatency, devFigures, median, naiveLatency, questions, round, timeBuild } from './measure.ts';
import { scaleChart } from './scaleChart.ts';
import { writeScaleCorpus } from './scaleCorpus.ts';

interface ScaleRow {
  factor: number;
  articles: number;
  passages: number;
  p50_ms: number;
  p99_ms: number;
  naive_p50_ms: number;
  build_ms: number;
  cold_start_ms: number;
  warm_start_ms: number;
  rss_mb: number;
  dev: { passage_at_1: number | null; answer: number | null; abstain: number | null };
  /** % of dev replies (answer and passages shown) identical with pruning and with every matching sentence read. */
  same_as_exhaustive: number;
  dev_exhaustive: { passage_at_1: number | null; answer: number | null; abstain: number | null };
}

const work = path.join(os.tmpdir(), 'summit-scale');
const bot = path.join(PROJECT_ROOT, 'dist/src/discord/main.js');

/** The built bot with no token, as `npm start` runs it: process start to its first console answer. */
function startMs(seedsDir: string, cacheDir: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...process.execArgv, bot], {
    input: '/summit who\n',
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', SEEDS_DIR: seedsDir, INDEX_CACHE_DIR: cacheDir },
  });
  if (r.status !== 0 || !/WHO/.test(r.stdout)) throw new Error(`console start-up failed: ${r.stderr}`);
  return performance.now() - t;
}

function peakRss(seedsDir: string, cacheDir: string): number {
  const r = spawnSync(process.execPath, [...process.execArgv, path.join(PROJECT_ROOT, 'dist/bench/memoryProbe.js'), seedsDir, cacheDir], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

/** Share of dev questions whose reply is the same when retrieval reads every sentence holding a question word. */
function exhaustiveCheck(engine: AnswerEngine): { same: number; dev: ScaleRow['dev'] } {
  // The answer and the passages shown; scores aside (they carry the topic's local word weights).
  const ask = () =>
    questions.map((q) => {
      const reply = toJsonReply(engine.ask(q.question, isQuestionType(q.type) ? q.type : null));
      return JSON.stringify([reply.answer, reply.passages.map((p) => `${p.source}#${p.paragraph}`)]);
    });
  const pruned = ask();
  const depth = engine.index.retrievalDepth;
  engine.index.retrievalDepth = Infinity;
  const full = ask();
  const dev = devFigures(engine);
  engine.index.retrievalDepth = depth;
  return { same: round((100 * pruned.filter((r, i) => r === full[i]).length) / questions.length, 1), dev };
}

/** Least-squares slope of y on x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const exponent = (rows: readonly ScaleRow[], pick: (r: ScaleRow) => number): number | null =>
  rows.length < 2
    ? null
    : round(
        slope(
          rows.map((r) => Math.log(r.passages)),
          rows.map((r) => Math.log(pick(r))),
        ),
        2,
      );

export async function runScale(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--factors');
  const factors = (at >= 0 ? (argv[at + 1] ?? '') : '1,2,4,8')
    .split(',')
    .map(Number)
    .filter((f) => Number.isInteger(f) && f > 0);
  const json = argv.includes('--json');
  const rows: ScaleRow[] = [];
  for (const factor of factors) {
    const seedsDir = path.join(work, `corpus-x${factor}`);
    if (!existsSync(seedsDir)) await writeScaleCorpus(seedsDir, DEFAULT_SEEDS_DIR, factor);
    const { articles } = await loadArticles(seedsDir);
    const build = timeBuild(articles, factor <= 2 ? 3 : 1);
    const latency = answerLatency(build.engine);
    const dev = devFigures(build.engine);
    const check = exhaustiveCheck(build.engine);
    const passages = build.engine.index.passages.length;
    const naive = naiveLatency(articles, 1, false);
    const cacheDir = path.join(work, `cache-x${factor}`);
    const colds: number[] = [];
    for (let i = 0; i < (factor <= 2 ? 3 : 1); i += 1) {
      rmSync(cacheDir, { recursive: true, force: true });
      colds.push(startMs(seedsDir, cacheDir));
    }
    const warms = Array.from({ length: 3 }, () => startMs(seedsDir, cacheDir));
    const rss = median(Array.from({ length: 3 }, () => peakRss(seedsDir, cacheDir)));
    const row: ScaleRow = {
      factor,
      articles: articles.length,
      passages,
      p50_ms: round(latency.p50, 3),
      p99_ms: round(latency.p99, 3),
      naive_p50_ms: round(naive.p50, 1),
      build_ms: round(build.ms, 0),
      cold_start_ms: round(median(colds), 0),
      warm_start_ms: round(median(warms), 0),
      rss_mb: round(rss, 1),
      dev,
      same_as_exhaustive: check.same,
      dev_exhaustive: check.dev,
    };
    rows.push(row);
    process.stderr.write(`×${factor}: ${JSON.stringify(row)}\n`);
  }

  const fit = {
    p50_exponent: exponent(rows, (r) => r.p50_ms),
    p99_exponent: exponent(rows, (r) => r.p99_ms),
    naive_p50_exponent: exponent(rows, (r) => r.naive_p50_ms),
    build_exponent: exponent(rows, (r) => r.build_ms),
    cold_start_exponent: exponent(rows, (r) => r.cold_start_ms),
    warm_start_exponent: exponent(rows, (r) => r.warm_start_ms),
    rss_kb_per_passage:
      rows.length < 2
        ? null
        : round(
            slope(
              rows.map((r) => r.passages),
              rows.map((r) => r.rss_mb * 1024),
            ),
            2,
          ),
  };
  const chart = path.join(PROJECT_ROOT, 'bench', 'scale.svg');
  writeFileSync(chart, scaleChart(rows));

  const pct = (x: number | null): string => (x === null ? '–' : String(round(x, 1)));
  const lines = [
    '| factor | articles | passages | answer p50 / p99 ms | naive p50 ms | build ms | cold / warm start ms | RSS MB | dev p@1 / answer / abstain | same as exhaustive % |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ×${r.factor} | ${r.articles} | ${r.passages.toLocaleString('en-US')} | ${r.p50_ms} / ${r.p99_ms} | ${r.naive_p50_ms} | ${r.build_ms} | ${r.cold_start_ms} / ${r.warm_start_ms} | ${r.rss_mb} | ${pct(r.dev.passage_at_1)} / ${pct(r.dev.answer)} / ${pct(r.dev.abstain)} | ${r.same_as_exhaustive} |`,
    ),
    `| fit (n^x) | | | ${fit.p50_exponent} / ${fit.p99_exponent} | ${fit.naive_p50_exponent} | ${fit.build_exponent} | ${fit.cold_start_exponent} / ${fit.warm_start_exponent} | ${fit.rss_kb_per_passage} KB/passage | | |`,
  ];
  process.stdout.write(`${lines.join('\n')}\nchart: ${path.relative(process.cwd(), chart)}\nmachine: ${os.cpus().length} cores, Node ${process.version}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ scale: rows, fit })}\n`);
}
