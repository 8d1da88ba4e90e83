/**
 * After articles change, the unchanged ones are taken from the old snapshot as they were cleaned, and only
 * the changed, added (or earlier skipped) files go through the loader (linked into a temporary folder, so
 * they are read exactly as a full load reads them). The index is then built over them all.
 */
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadArticles, type LoadResult } from '../ingest/loadArticles.ts';
import type { Article } from '../ingest/types.ts';
import type { ArticleKey } from './snapshotStore.ts';

/** The articles as a full load would give them, or null when reuse cannot be sure to match one (then load all). */
export async function reuseArticles(
  seedsDir: string,
  now: readonly ArticleKey[],
  before: readonly ArticleKey[],
  previous: readonly Article[],
): Promise<LoadResult | null> {
  const old = new Map(before.map((k) => [k.name, k]));
  const unchanged = (k: ArticleKey): boolean => old.get(k.name)?.size === k.size && old.get(k.name)?.hash === k.hash && k.size >= 0;
  // Metadata overrides apply to every article: if they changed, nothing can be reused.
  const overrides = now.find((k) => k.name === 'sources.json');
  if ((overrides ? !unchanged(overrides) : old.has('sources.json')) || now.some((k) => k.size < 0)) return null;
  const bySource = new Map(previous.map((a) => [a.source, a]));
  if (bySource.size !== previous.length) return null;

  const files = now.filter((k) => k.name !== 'sources.json');
  const toLoad = files.filter((k) => !unchanged(k) || !bySource.has(k.name)).map((k) => k.name);
  let fresh: LoadResult = { articles: [], warnings: [] };
  if (toLoad.length) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'summit-changed-'));
    try {
      for (const name of [...toLoad, ...(overrides ? ['sources.json'] : [])]) await symlink(path.join(path.resolve(seedsDir), name), path.join(dir, name));
      fresh = await loadArticles(dir);
    } catch {
      // Nothing usable among the changed files (or no links here): a full load says it properly.
      return null;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const loaded = new Map(fresh.articles.map((a) => [a.source, a]));
  const articles = files.map((k) => (toLoad.includes(k.name) ? loaded.get(k.name) : bySource.get(k.name))).filter((a): a is Article => a !== undefined);
  return articles.length ? { articles, warnings: fresh.warnings } : null;
}
