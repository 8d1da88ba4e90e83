/**
 * The saved engine: a restart answers exactly as a fresh build does, and a snapshot that no longer fits
 * (another engine version, damaged files, an edited, added or removed article) is rebuilt, never trusted.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadEngine } from '../src/loadEngine.ts';
import { toJsonReply } from '../src/render/replyJson.ts';
import type { AnswerEngine } from '../src/answer/answerEngine.ts';

const QUESTIONS = [
  'Who met Putin?',
  'Where did Kim cross into Russia?',
  'When will Putin and Kim hold talks?',
  'Which Chinese president has Kim met four times?',
  'Why did Kim travel by train?',
  'When did the bridge open?',
  'Who is the mayor of Paris?',
  '',
];
const temps: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The seed articles and the other-event fixtures together, in a folder of their own. */
async function seedsCopy(): Promise<string> {
  const dir = await tempDir('summit-snap-seeds-');
  await cp(DEFAULT_SEEDS_DIR, dir, { recursive: true });
  await cp(path.join(import.meta.dirname, 'fixtures', 'other-event'), dir, { recursive: true });
  return dir;
}

const replies = (engine: AnswerEngine) => QUESTIONS.map((q) => toJsonReply(engine.ask(q, q ? null : 'who')));

/** The snapshot's data files (not its manifest), largest first. */
async function snapshotFiles(cacheDir: string): Promise<string[]> {
  const [dir] = (await readdir(cacheDir)).filter((n) => n.startsWith('engine-'));
  const files = (await readdir(path.join(cacheDir, dir!))).filter((n) => n !== 'manifest.json').map((n) => path.join(cacheDir, dir!, n));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  return files
    .map((f, i) => ({ f, size: sizes[i]! }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.f);
}

afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe('the saved engine', () => {
  it('is written on the first start and read on the next, answering exactly as a fresh build', async () => {
    const seeds = await seedsCopy();
    const cacheDir = await tempDir('summit-snap-cache-');
    const first = await loadEngine(seeds, { cacheDir });
    expect(first.snapshot).toBe('built');
    expect(first.warnings).toEqual([]);
    const second = await loadEngine(seeds, { cacheDir });
    expect(second.snapshot).toBe('loaded');
    expect(second.warnings).toEqual([]);
    expect(replies(second.engine)).toEqual(replies(first.engine));
    expect(second.engine.mainEvent).toBe(first.engine.mainEvent);
    expect(second.engine.articles).toEqual(first.engine.articles);
    // Passages point into the engine's own articles, as after a build.
    expect(second.engine.index.passages.every((e) => e.article.passages.includes(e.passage) && second.engine.articles.includes(e.article))).toBe(true);
    expect(second.engine.index.idf('kim')).toBe(first.engine.index.idf('kim'));
  });

  it('restores every field of the engine and of its index, whatever fields they have', async () => {
    const seeds = await seedsCopy();
    const cacheDir = await tempDir('summit-snap-cache-');
    const built = await loadEngine(seeds, { cacheDir });
    const loaded = await loadEngine(seeds, { cacheDir });
    expect(loaded.snapshot).toBe('loaded');
    // Before any question: memos are empty in both, so every field must match, including any added later.
    expect(loaded.engine).toEqual(built.engine);
  });

  it("keeps the loader's warnings about skipped files", async () => {
    const seeds = await seedsCopy();
    await writeFile(path.join(seeds, 'empty.txt'), '   \n');
    const cacheDir = await tempDir('summit-snap-cache-');
    const built = await loadEngine(seeds, { cacheDir });
    const loaded = await loadEngine(seeds, { cacheDir });
    expect(loaded.snapshot).toBe('loaded');
    expect(loaded.warnings).toEqual(built.warnings);
    expect(loaded.warnings.join()).toMatch(/empty\.txt/);
  });

  it('from another engine version is rebuilt, with a warning', async () => {
    const seeds = await seedsCopy();
    const cacheDir = await tempDir('summit-snap-cache-');
    await loadEngine(seeds, { cacheDir, version: 'older' });
    const next = await loadEngine(seeds, { cacheDir, version: 'newer' });
    expect(next.snapshot).toBe('built');
    expect(next.warnings.join()).toMatch(/stale \(made by engine version older/);
    expect((await loadEngine(seeds, { cacheDir, version: 'newer' })).snapshot).toBe('loaded');
  });

  it('truncated is rebuilt, with a warning, and answers as before', async () => {
    const seeds = await seedsCopy();
    const cacheDir = await tempDir('summit-snap-cache-');
    const built = await loadEngine(seeds, { cacheDir });
    const [largest] = await snapshotFiles(cacheDir);
    await truncate(largest!, Math.floor((await stat(largest!)).size / 2));
    const next = await loadEngine(seeds, { cacheDir });
    expect(next.snapshot).toBe('built');
    expect(next.warnings.join()).toMatch(/corrupt/);
    expect(replies(next.engine)).toEqual(replies(built.engine));
  });

  it('with a damaged manifest or a byte flipped in a file is rebuilt, with a warning', async () => {
    const seeds = await seedsCopy();
    const cacheDir = await tempDir('summit-snap-cache-');
    await loadEngine(seeds, { cacheDir });
    const files = await snapshotFiles(cacheDir);
    const bytes = await readFile(files[1]!);
    const at = bytes.length >> 1;
    bytes[at] = bytes[at]! ^ 0xff;
    await writeFile(files[1]!, bytes);
    const flipped = await loadEngine(seeds, { cacheDir });
    expect(flipped.snapshot).toBe('built');
    expect(flipped.warnings.join()).toMatch(/corrupt/);
    await writeFile(path.join(path.dirname(files[0]!), 'manifest.json'), '{"version": ');
    const manifest = await loadEngine(seeds, { cacheDir });
    expect(manifest.snapshot).toBe('built');
    expect(manifest.warnings.join()).toMatch(/corrupt \(unreadable manifest/);
  });

  it('after an article is edited, added or removed is rebuilt from the articles as they are now', async () => {
    const seeds = await seedsCopy();
    const cacheDir = await tempDir('summit-snap-cache-');
    await loadEngine(seeds, { cacheDir });
    const file = path.join(seeds, 'reuters_bridge.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/Novi Sad/g, 'Petrovaradin'));
    const edited = await loadEngine(seeds, { cacheDir });
    expect(edited.snapshot).toBe('built');
    expect(edited.warnings.join()).toMatch(/articles changed \(1 edited\)/);
    expect(edited.engine.articles.find((a) => a.source === 'reuters_bridge.txt')!.title).toMatch(/Petrovaradin/);

    await writeFile(path.join(seeds, 'added.txt'), 'A new headline\n\nThe council met on Monday to approve the budget for the new bridge.\n');
    const added = await loadEngine(seeds, { cacheDir });
    expect(added.warnings.join()).toMatch(/1 added/);
    expect(added.engine.articles.some((a) => a.source === 'added.txt')).toBe(true);

    await rm(path.join(seeds, 'local_daily.txt'));
    const removed = await loadEngine(seeds, { cacheDir });
    expect(removed.warnings.join()).toMatch(/1 removed/);
    expect(removed.engine.articles.some((a) => a.source === 'local_daily.txt')).toBe(false);
    expect((await loadEngine(seeds, { cacheDir })).snapshot).toBe('loaded');
  });

  it('rebuilt after a change reuses the unchanged articles yet equals a build from scratch', async () => {
    const seeds = await seedsCopy();
    await writeFile(path.join(seeds, 'empty.txt'), '\n');
    const cacheDir = await tempDir('summit-snap-cache-');
    await loadEngine(seeds, { cacheDir });
    const file = path.join(seeds, 'local_daily.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/bridge/g, 'viaduct'));
    await writeFile(path.join(seeds, 'aaa_first.txt'), 'An added headline\n\nThe council met on Monday to approve the budget for the new viaduct.\n');
    await rm(path.join(seeds, 'reuters_bridge.txt'));
    const rebuilt = await loadEngine(seeds, { cacheDir });
    const scratch = await loadEngine(seeds, { cacheDir: null });
    expect(rebuilt.snapshot).toBe('built');
    expect(rebuilt.engine).toEqual(scratch.engine);
    expect(rebuilt.warnings.filter((w) => !/index snapshot/.test(w))).toEqual(scratch.warnings);
    expect(replies(rebuilt.engine)).toEqual(replies(scratch.engine));
  });

  it('is neither read nor written with no cache directory', async () => {
    const seeds = await seedsCopy();
    expect((await loadEngine(seeds, { cacheDir: null })).snapshot).toBe('off');
  });
});
