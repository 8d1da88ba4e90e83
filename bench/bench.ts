/**
 * `npm run bench [-- --json]`: answer latency, naive baseline, index build, start-up, memory and quality,
 * on the three seed articles and among the 500 Brown corpus texts. Medians after a warm-up; never part of npm test.
 * `npm run bench -- --scale [--factors 1,2,4,8] [--json]`: the same figures as the corpus grows (`scale.ts`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import type { AnswerEngine } from '../src/answer/answerEngine.ts';
import { loadArticles } from '../src/ingest/loadArticles.ts';
import { DEFAULT_SEEDS_DIR } from '../src/loadEngine.ts';
import { loadBrownArticles } from '../src/evaluate/brownArticles.ts';
import { answerLatency, devFigures, median, naiveLatency, questions, quantile, round, timeBuild } from './measure.ts';
import { FAKE_TOKEN, FakeDiscord } from '../tools/fake-discord/fakeDiscord.ts';
import { createBotContext } from '../src/discord/botContext.ts';
import { RateLimiter } from '../src/discord/rateLimiter.ts';
import { createLogger } from '../src/discord/logger.ts';
import { loadCommands } from '../src/discord/loadCommands.ts';
import { startBot } from '../src/discord/startBot.ts';

/** `npm start` without a token, as built: process start to the first console answer. */
const startupCache = mkdtempSync(path.join(os.tmpdir(), 'summit-bench-cache-'));
function startupMs(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [...process.execArgv, path.join(root, 'dist/src/discord/main.js')], {
      input: '/summit who\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', INDEX_CACHE_DIR: startupCache },
    });
    if (r.status !== 0 || !/Kim/.test(r.stdout)) throw new Error(`console start-up failed: ${r.stderr}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * 1,000 `/summit` interactions through the fake Discord's gateway to the real client, at most 5 in flight;
 * dispatch-to-answer latency. The fake and the bot share this process, so the figures include the fake's work.
 */
const IN_FLIGHT = 5;

async function endToEnd(engine: AnswerEngine): Promise<{ per_s: number; p50_ms: number; p99_ms: number }> {
  const fake = await FakeDiscord.start();
  const ctx = createBotContext({ engine, log: createLogger('silent'), rateLimiter: new RateLimiter(Number.MAX_SAFE_INTEGER) });
  const client = await startBot({ token: FAKE_TOKEN, ctx, commands: await loadCommands(), apiUrl: fake.apiUrl });
  await fake.whenReady();
  const asks = questions.filter((q) => q.question).map((q) => q.question);
  const one = async (i: number): Promise<number> => {
    const t = performance.now();
    await fake.slash('ask', asks[i % asks.length]).answer;
    return performance.now() - t;
  };
  for (let i = 0; i < 200; i += 1) await one(i);
  const latencies: number[] = [];
  const total = 1000;
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < total) latencies.push(await one(next++));
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await client.destroy();
  await fake.stop();
  return { per_s: Math.round(total / seconds), p50_ms: round(quantile(latencies, 0.5), 2), p99_ms: round(quantile(latencies, 0.99), 2) };
}

const root = PROJECT_ROOT;
const json = process.argv.includes('--json');
if (process.argv.includes('--scale')) {
  const { runScale } = await import('./scale.ts');
  await runScale(process.argv.slice(2));
  process.exit(0);
}
// The small corpus is measured before the large one is loaded, so its figures carry no large heap's GC.
const seeds = (await loadArticles(DEFAULT_SEEDS_DIR)).articles;
const small = timeBuild(seeds);
const latSeeds = answerLatency(small.engine);
const naiveSeeds = naiveLatency(seeds);
const devSeeds = devFigures(small.engine);
const e2e = await endToEnd(small.engine);
const startup = startupMs();
// Peak RSS of the bot alone among the distractors, in its own process (this one holds every engine of the run); median of 3.
const rss = median(
  Array.from({ length: 3 }, () =>
    Number(spawnSync(process.execPath, [...process.execArgv, path.join(root, 'dist/bench/memoryProbe.js')], { encoding: 'utf8' }).stdout.trim()),
  ),
);

const brown = [...seeds, ...(await loadBrownArticles())];
const large = timeBuild(brown);
const latBrown = answerLatency(large.engine);
const naiveBrown = naiveLatency(brown);
const devBrown = devFigures(large.engine);
const passages = { seeds: small.engine.index.passages.length, brown: large.engine.index.passages.length };

const result = {
  answer_p50_ms: { seeds: round(latSeeds.p50, 3), brown: round(latBrown.p50, 3) },
  answer_p99_ms: { seeds: round(latSeeds.p99, 3), brown: round(latBrown.p99, 3) },
  naive_p50_ms: { seeds: round(naiveSeeds.p50, 3), brown: round(naiveBrown.p50, 3) },
  pipeline_vs_naive_brown: round(latBrown.p50 / naiveBrown.p50, 3),
  build_ms: { seeds: round(small.ms, 1), brown: round(large.ms, 1) },
  startup_ms: round(startup, 0),
  rss_mb_brown: round(rss, 1),
  e2e,
  dev_seeds: devSeeds,
  dev_brown: devBrown,
  naive_passage_at_1: { seeds: naiveSeeds.passageAt1, brown: naiveBrown.passageAt1 },
  passages,
  machine: { cores: os.cpus().length, memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version },
};

const rows = [
  ['figure', 'seeds', 'brown'],
  ['passages', String(passages.seeds), String(passages.brown)],
  ['answer p50 ms', String(result.answer_p50_ms.seeds), String(result.answer_p50_ms.brown)],
  ['answer p99 ms', String(result.answer_p99_ms.seeds), String(result.answer_p99_ms.brown)],
  ['naive p50 ms', String(result.naive_p50_ms.seeds), String(result.naive_p50_ms.brown)],
  ['build ms', String(result.build_ms.seeds), String(result.build_ms.brown)],
  ['dev passage_at_1 %', String(devSeeds.passage_at_1), String(devBrown.passage_at_1)],
  ['dev answer %', String(devSeeds.answer), String(devBrown.answer)],
  ['naive passage_at_1 %', String(naiveSeeds.passageAt1), String(naiveBrown.passageAt1)],
];
process.stdout.write(`${rows.map((r) => `${r[0]!.padEnd(22)}${r[1]!.padEnd(12)}${r[2]}`).join('\n')}\n`);
process.stdout.write(
  `pipeline/naive p50 (brown) ${result.pipeline_vs_naive_brown}\nstart-up to first answer ${result.startup_ms} ms\npeak RSS (brown) ${result.rss_mb_brown} MB\nend to end: ${e2e.per_s} interactions/s, p50 ${e2e.p50_ms} ms, p99 ${e2e.p99_ms} ms\nmachine: ${result.machine.cores} cores, ${result.machine.memory_gb} GB, Node ${result.machine.node}\n`,
);
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
