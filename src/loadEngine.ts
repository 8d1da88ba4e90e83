/**
 * Start-up: the engine every front end shares, from the saved snapshot when it matches the articles and
 * this engine's version, otherwise read from the seeds folder, built, and saved for the next start.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './projectRoot.ts';
import { loadArticles } from './ingest/loadArticles.ts';
import { AnswerEngine } from './answer/answerEngine.ts';
import type { Article } from './ingest/types.ts';
import { decodeArticles, decodeEngine, encodeEngine, type EnginePieces } from './snapshot/engineCodec.ts';
import { reuseArticles } from './snapshot/reuseArticles.ts';
import { articleKeys, engineVersion, readSnapshot, writeSnapshot, type ArticleKey } from './snapshot/snapshotStore.ts';

/** The project's `seeds/`, whatever the working directory. */
export const DEFAULT_SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
/** Snapshots live here unless `INDEX_CACHE_DIR` says otherwise (git ignores `.cache/`). */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'index');

export interface LoadedEngine {
  engine: AnswerEngine;
  warnings: string[];
  seedsDir: string;
  /** `loaded`: from the snapshot; `built`: from the articles (and saved, unless saving failed); `off`: no cache. */
  snapshot: 'loaded' | 'built' | 'off';
}

export interface LoadOptions {
  /** Where snapshots live; null to neither read nor write one. Default: `INDEX_CACHE_DIR`, then {@link DEFAULT_CACHE_DIR}. */
  cacheDir?: string | null;
  /** The engine version snapshots are keyed by (tests pass another to play an older engine). */
  version?: string;
}

/** Folder precedence: an explicit argument, then `SEEDS_DIR`, then the project's `seeds/`. */
export function resolveSeedsDir(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(explicit || env['SEEDS_DIR'] || DEFAULT_SEEDS_DIR);
}

export function resolveCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['INDEX_CACHE_DIR'] || DEFAULT_CACHE_DIR);
}

export async function loadEngine(seedsDir: string, options: LoadOptions = {}): Promise<LoadedEngine> {
  const cacheDir = options.cacheDir === undefined ? resolveCacheDir() : options.cacheDir;
  let keys: ArticleKey[] | null = null;
  try {
    keys = cacheDir === null ? null : await articleKeys(seedsDir);
  } catch {
    // An unreadable folder: the loader below says why.
  }
  if (cacheDir === null || keys === null) {
    const { articles, warnings } = await loadArticles(seedsDir);
    return { engine: new AnswerEngine(articles), warnings, seedsDir, snapshot: 'off' };
  }

  const version = options.version ?? (await engineVersion());
  const notes: string[] = [];
  const saved = await readSnapshot(cacheDir, seedsDir, version, keys);
  if ('pieces' in saved) {
    try {
      return { engine: decodeEngine(saved.pieces), warnings: saved.warnings, seedsDir, snapshot: 'loaded' };
    } catch (err) {
      notes.push(`index snapshot in ${cacheDir} is corrupt (${(err as Error).message}): rebuilt it`);
    }
  } else if (saved.kind !== 'missing')
    notes.push(`index snapshot in ${cacheDir} is ${saved.kind === 'changed' ? 'stale' : saved.kind} (${saved.reason}): rebuilt it`);

  // Changed articles: the unchanged ones are reused as cleaned before; only the others are read again.
  const reused = 'kind' in saved && saved.kind === 'changed' ? await reuseSaved(seedsDir, keys, saved.previousArticles, saved.previous.pieces) : null;
  const { articles, warnings } = reused ?? (await loadArticles(seedsDir));
  const engine = new AnswerEngine(articles);
  try {
    await writeSnapshot(cacheDir, seedsDir, version, keys, { pieces: encodeEngine(engine), warnings });
  } catch (err) {
    notes.push(`could not save the index snapshot in ${cacheDir}: ${(err as Error).message}`);
  }
  return { engine, warnings: [...warnings, ...notes], seedsDir, snapshot: 'built' };
}

async function reuseSaved(
  seedsDir: string,
  keys: readonly ArticleKey[],
  before: readonly ArticleKey[],
  pieces: EnginePieces,
): ReturnType<typeof reuseArticles> {
  let previous: Article[];
  try {
    previous = decodeArticles(pieces);
  } catch {
    return null;
  }
  return reuseArticles(seedsDir, keys, before, previous);
}
