/**
 * `npm run index -- [DIR]`: builds the engine's snapshot for a seeds folder ahead of time (DIR, else
 * `SEEDS_DIR`, else the project's `seeds/`), in `INDEX_CACHE_DIR` or the project's `.cache/index/`, so the
 * bot's first start reads it instead of building. An up-to-date snapshot is left as it is.
 */
import { loadEngine, resolveCacheDir, resolveSeedsDir } from '../loadEngine.ts';
import { runCommand, UsageError } from './runCommand.ts';

const USAGE = `usage: npm run index -- [DIR]
  saves the index of the articles in DIR (default: SEEDS_DIR or seeds/) in INDEX_CACHE_DIR (default: .cache/index/)`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.length > 1) throw new UsageError('one folder at a time');
  const seedsDir = resolveSeedsDir(argv[0]);
  const cacheDir = resolveCacheDir();
  const start = performance.now();
  const { engine, warnings, snapshot } = await loadEngine(seedsDir, { cacheDir });
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const what = snapshot === 'loaded' ? 'up to date' : 'built and saved';
  process.stdout.write(
    `index of ${engine.articles.length} articles (${engine.index.passages.length} passages) in ${seedsDir}: ${what} in ${cacheDir} (${Math.round(performance.now() - start)} ms)\n`,
  );
  return warnings.some((w) => w.startsWith('could not save')) ? 1 : 0;
}

runCommand('index', USAGE, main);
