/**
 * Where a saved engine lives and whether it can be trusted. One folder per seeds folder under the cache
 * directory: a manifest (engine version, the articles' names, sizes and content hashes, each piece's
 * length and hash) and one file per piece. Written to a temporary folder and renamed into place, so a
 * reader sees a whole snapshot or none; read back only if every key and hash matches.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../projectRoot.ts';
import type { EnginePieces, TypedArray } from './engineCodec.ts';

/** Bump when the snapshot's layout changes; the engine's own code is fingerprinted as well (see {@link engineVersion}). */
export const SNAPSHOT_FORMAT = 2;
/** Snapshots kept per cache directory (one per seeds folder), the least recently written dropped first. */
const KEEP_SNAPSHOTS = 8;

export interface ArticleKey {
  name: string;
  size: number;
  hash: string;
}

interface Manifest {
  version: string;
  seedsDir: string;
  articles: ArticleKey[];
  warnings: string[];
  meta: EnginePieces['meta'];
  files: Array<{ name: string; kind: 'json' | 'value' | 'uint32' | 'uint16'; file: string; bytes: number; hash: string }>;
}

const digest = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

let versionMemo: Promise<string> | undefined;

/**
 * The engine's version: the snapshot format and a hash of the code that derives what is saved (shared,
 * ingest, search, answer, snapshot modules), so any change to that code makes old snapshots stale without anyone
 * remembering to bump a number. The TypeScript sources are hashed when present, so `npm run index` (tsx)
 * and `npm start` (the build) agree; a deployment without them hashes the built modules.
 */
export function engineVersion(): Promise<string> {
  versionMemo ??= (async () => {
    const sources = path.join(PROJECT_ROOT, 'src');
    const src = existsSync(path.join(sources, 'snapshot', 'snapshotStore.ts')) ? sources : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const hash = createHash('sha256').update(`format ${SNAPSHOT_FORMAT}`);
    for (const dir of ['shared', 'ingest', 'search', 'answer', 'snapshot']) {
      const names = (await readdir(path.join(src, dir), { recursive: true }))
        .map(String)
        .filter((n) => !n.endsWith('.map'))
        .sort();
      for (const name of names) {
        const file = path.join(src, dir, name);
        if ((await stat(file)).isFile()) hash.update(name).update(await readFile(file));
      }
    }
    return `${SNAPSHOT_FORMAT}-${hash.digest('hex').slice(0, 16)}`;
  })();
  return versionMemo;
}

/**
 * The files that make the articles: every `.txt` (as the loader picks them) and `sources.json`. Read
 * synchronously: thousands of small cached files are read several times faster without a promise each.
 */
export async function articleKeys(seedsDir: string): Promise<ArticleKey[]> {
  const names = (await readdir(seedsDir)).filter((n) => n.toLowerCase().endsWith('.txt') || n === 'sources.json').sort();
  const keys: ArticleKey[] = [];
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(seedsDir, name));
    } catch {
      keys.push({ name, size: -1, hash: 'unreadable' });
      continue;
    }
    keys.push({ name, size: bytes.length, hash: digest(bytes) });
  }
  return keys;
}

function snapshotDir(cacheDir: string, seedsDir: string): string {
  return path.join(cacheDir, `engine-${digest(path.resolve(seedsDir)).slice(0, 12)}`);
}

export interface SavedEngine {
  pieces: EnginePieces;
  warnings: string[];
}

/**
 * Why a snapshot cannot be used: `missing` is silent (a first start), the rest deserve a warning. `changed`:
 * sound and of this version, but the articles changed since; `previous` is what it held, for reuse.
 */
export type SnapshotProblem =
  | { kind: 'missing' }
  | { kind: 'stale' | 'corrupt'; reason: string }
  | { kind: 'changed'; reason: string; previous: SavedEngine; previousArticles: ArticleKey[] };

export async function readSnapshot(
  cacheDir: string,
  seedsDir: string,
  version: string,
  articles: readonly ArticleKey[],
): Promise<SavedEngine | SnapshotProblem> {
  const dir = snapshotDir(cacheDir, seedsDir);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'corrupt', reason: `unreadable manifest (${(err as Error).message})` };
  }
  if (manifest.version !== version) return { kind: 'stale', reason: `made by engine version ${manifest.version}, this is ${version}` };
  const changed = describeChanges(manifest.articles ?? [], articles);
  const pieces: EnginePieces = { meta: manifest.meta, json: new Map(), values: new Map(), arrays: new Map() };
  try {
    for (const f of manifest.files) {
      const bytes = readFileSync(path.join(dir, f.file));
      if (bytes.length !== f.bytes || digest(bytes) !== f.hash)
        return { kind: 'corrupt', reason: `${f.file} is damaged (${bytes.length} of ${f.bytes} bytes, or its hash differs)` };
      if (f.kind === 'json') pieces.json.set(f.name, bytes.toString('utf8'));
      else if (f.kind === 'value') pieces.values.set(f.name, bytes);
      else pieces.arrays.set(f.name, typed(bytes, f.kind));
    }
  } catch (err) {
    return { kind: 'corrupt', reason: (err as Error).message };
  }
  const saved = { pieces, warnings: manifest.warnings ?? [] };
  return changed ? { kind: 'changed', reason: changed, previous: saved, previousArticles: manifest.articles } : saved;
}

export async function writeSnapshot(cacheDir: string, seedsDir: string, version: string, articles: readonly ArticleKey[], saved: SavedEngine): Promise<string> {
  const target = snapshotDir(cacheDir, seedsDir);
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(temp, { recursive: true });
  try {
    const files: Manifest['files'] = [];
    let n = 0;
    const put = async (name: string, kind: Manifest['files'][number]['kind'], data: Uint8Array): Promise<void> => {
      const file = `${String(n++).padStart(4, '0')}.${kind === 'json' ? 'json' : 'bin'}`;
      await writeFile(path.join(temp, file), data);
      files.push({ name, kind, file, bytes: data.byteLength, hash: digest(data) });
    };
    for (const [name, text] of saved.pieces.json) await put(name, 'json', Buffer.from(text, 'utf8'));
    for (const [name, value] of saved.pieces.values) await put(name, 'value', value);
    for (const [name, array] of saved.pieces.arrays)
      await put(name, array instanceof Uint16Array ? 'uint16' : 'uint32', new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    const manifest: Manifest = { version, seedsDir: path.resolve(seedsDir), articles: [...articles], warnings: saved.warnings, meta: saved.pieces.meta, files };
    // The manifest last: a folder without one is never read.
    await writeFile(path.join(temp, 'manifest.json'), JSON.stringify(manifest));
    const old = `${target}.old-${process.pid}-${Date.now()}`;
    await rename(target, old).catch(() => undefined);
    await rename(temp, target);
    await rm(old, { recursive: true, force: true });
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
  await pruneOld(cacheDir);
  return target;
}

async function pruneOld(cacheDir: string): Promise<void> {
  const entries = await readdir(cacheDir, { withFileTypes: true });
  const snapshots = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && /^engine-[0-9a-f]+$/.test(e.name))
      .map(async (e) => ({ dir: path.join(cacheDir, e.name), mtime: (await stat(path.join(cacheDir, e.name))).mtimeMs })),
  );
  snapshots.sort((a, b) => b.mtime - a.mtime);
  for (const s of snapshots.slice(KEEP_SNAPSHOTS)) await rm(s.dir, { recursive: true, force: true });
}

function describeChanges(saved: readonly ArticleKey[], now: readonly ArticleKey[]): string | null {
  const before = new Map(saved.map((a) => [a.name, a]));
  const after = new Map(now.map((a) => [a.name, a]));
  const added = now.filter((a) => !before.has(a.name)).length;
  const removed = saved.filter((a) => !after.has(a.name)).length;
  const edited = now.filter((a) => before.has(a.name) && (before.get(a.name)!.size !== a.size || before.get(a.name)!.hash !== a.hash)).length;
  if (!added && !removed && !edited) return null;
  return `articles changed (${[added && `${added} added`, removed && `${removed} removed`, edited && `${edited} edited`].filter(Boolean).join(', ')})`;
}

/** A typed view of a file's bytes, copied only when the buffer is not aligned for it. */
function typed(bytes: Buffer, kind: 'uint32' | 'uint16'): TypedArray {
  const size = kind === 'uint32' ? 4 : 2;
  if (bytes.length % size) throw new Error('an array file of the wrong length');
  const aligned = bytes.byteOffset % size === 0 ? bytes : new Uint8Array(bytes);
  return kind === 'uint32'
    ? new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4)
    : new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.length / 2);
}
