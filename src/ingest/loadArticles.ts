/**
 * Reads every `*.txt` article in a folder, skipping (with a warning) only what cannot be read as text.
 * A bad input costs only itself: a bad `sources.json` entry is ignored with a warning and the article keeps
 * the metadata its own text gives; an oversized article is read up to a cap.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanArticle } from './cleanArticle.ts';
import type { Article, SourceOverride } from './types.ts';

export interface LoadResult {
  articles: Article[];
  warnings: string[];
}

export interface LoadOptions {
  /** Bytes read from one article at most; `ARTICLE_MAX_BYTES` in the environment, else 2 MB. */
  maxArticleBytes?: number;
}

export class SeedsError extends Error {
  override name = 'SeedsError';
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The cap from `ARTICLE_MAX_BYTES` when it is a positive whole number, else the default. */
export function maxArticleBytesFrom(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['ARTICLE_MAX_BYTES']?.trim();
  return raw && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : DEFAULT_MAX_ARTICLE_BYTES;
}

export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxArticleBytes ?? maxArticleBytesFrom();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  } catch (err) {
    throw new SeedsError(`cannot read the seeds folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const warnings: string[] = [];
  const overrides = await readOverrides(dir, new Set(names), warnings);
  const articles: Article[] = [];
  for (const name of names) {
    const read = await readText(path.join(dir, name), maxBytes);
    if ('problem' in read) {
      warnings.push(`skipped ${name}: ${read.problem}`);
      continue;
    }
    if (read.cut)
      warnings.push(
        `${name} is ${megabytes(read.size)}, over the ${megabytes(maxBytes)} cap: only its first ${megabytes(maxBytes)} were read (ARTICLE_MAX_BYTES sets the cap)`,
      );
    const article = cleanArticle(name, read.text, overrides.get(name));
    if (article.passages.length === 0) {
      warnings.push(`skipped ${name}: no paragraphs after cleaning`);
      continue;
    }
    articles.push(article);
  }
  if (articles.length === 0) {
    throw new SeedsError(`no usable article in ${dir}: put one or more news articles there as .txt files${warnings.length ? ` (${warnings.join('; ')})` : ''}`);
  }
  return { articles, warnings };
}

const megabytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;

type ReadResult = { text: string; cut: boolean; size: number } | { problem: string };

async function readText(file: string, maxBytes: number): Promise<ReadResult> {
  let bytes: Buffer;
  let size: number;
  try {
    // A FIFO or device named `*.txt` would block the read or never end.
    const info = await stat(file);
    if (!info.isFile()) return { problem: 'not a regular file' };
    // Only the first `maxBytes` are read: a 50 MB file must not cost 50 MB.
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.min(size, maxBytes));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { problem: `unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  const cut = size > bytes.length;
  const decoded = decodeArticle(bytes, cut);
  if (typeof decoded !== 'string') return decoded;
  if (!decoded.trim()) return { problem: 'empty' };
  // eslint-disable-next-line no-control-regex -- counting control characters is how binary is told from text
  const controls = decoded.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > decoded.length / 100) return { problem: 'binary, not text' };
  return { text: decoded, cut, size };
}

/**
 * UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Windows-1252 (old news archives; curly quotes and
 * dashes at 0x80–0x9F). When the bytes were cut at the cap, the text ends at the last whole line.
 */
export function decodeArticle(bytes: Uint8Array, cut = false): string | { problem: string } {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2, 2 + evenLength(bytes.length - 2)));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2, 2 + evenLength(bytes.length - 2)));
  else {
    if (bytes.includes(0)) return { problem: 'binary, not text' };
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    // A cut can split a UTF-8 sequence: end at the last newline (one byte in UTF-8 and Windows-1252 alike).
    const lastNewline = cut ? body.lastIndexOf(0x0a) : -1;
    const whole = lastNewline > body.length / 2 ? body.subarray(0, lastNewline + 1) : cut ? body.subarray(0, utf8Boundary(body)) : body;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(whole);
    } catch {
      text = decodeWindows1252(whole);
    }
    return text;
  }
  if (text.includes('\u0000')) return { problem: 'binary, not text' };
  if (cut) {
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline > text.length / 2) text = text.slice(0, lastNewline + 1);
  }
  return text.replace(/^\ufeff/, '');
}

/** 0x80–0x9F of Windows-1252 (undefined bytes stay as their C1 code point); node 20's TextDecoder reads them as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

const evenLength = (n: number): number => n - (n % 2);

/** The length of `bytes` without a trailing incomplete UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array): number {
  let i = bytes.length;
  // Back over continuation bytes (10xxxxxx) to the lead byte, at most 3.
  while (i > 0 && bytes.length - i < 4 && (bytes[i - 1]! & 0xc0) === 0x80) i -= 1;
  if (i > 0 && bytes[i - 1]! >= 0xc0) return i - 1;
  return bytes.length;
}

type FieldCheck = (value: unknown) => string | null;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isCalendarDate = (s: string): boolean => {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
const shown = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : typeof value === 'object'
          ? 'an object'
          : `${typeof value} ${JSON.stringify(value)}`;

/** What each field of an entry may hold; anything else is ignored with a warning. */
const FIELD_CHECKS: Record<string, FieldCheck> = {
  title: (v) => (typeof v === 'string' && v.trim() !== '' ? null : `must be a non-empty string, not ${shown(v)}`),
  publisher: (v) => (v === null || (typeof v === 'string' && v.trim() !== '') ? null : `must be a non-empty string or null, not ${shown(v)}`),
  agency: (v) => (v === null || (typeof v === 'string' && v.trim() !== '') ? null : `must be a non-empty string or null, not ${shown(v)}`),
  authors: (v) => (Array.isArray(v) && v.every((a) => typeof a === 'string' && a.trim() !== '') ? null : `must be a list of names, not ${shown(v)}`),
  date: (v) => (v === null || (typeof v === 'string' && isCalendarDate(v)) ? null : `must be a date as YYYY-MM-DD or null, not ${shown(v)}`),
  url: (v) => (v === null || (typeof v === 'string' && v.trim() !== '') ? null : `must be a string or null, not ${shown(v)}`),
};

async function readOverrides(dir: string, files: ReadonlySet<string>, warnings: string[]): Promise<Map<string, SourceOverride>> {
  const overrides = new Map<string, SourceOverride>();
  let raw: string;
  try {
    raw = await readFile(path.join(dir, 'sources.json'), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') warnings.push(`ignored sources.json: unreadable (${code ?? String(err)})`);
    return overrides;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\ufeff/, ''));
  } catch (err) {
    warnings.push(`ignored sources.json: ${(err as Error).message}`);
    return overrides;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    warnings.push('ignored sources.json: expected an object keyed by file name');
    return overrides;
  }
  for (const [name, entry] of Object.entries(parsed)) {
    if (!files.has(name)) {
      warnings.push(`sources.json: ignored "${name}": no such .txt file in the folder`);
      continue;
    }
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      warnings.push(`sources.json: ignored "${name}": expected an object of ${Object.keys(FIELD_CHECKS).join(', ')}, not ${shown(entry)}`);
      continue;
    }
    const override: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry as Record<string, unknown>)) {
      const check = FIELD_CHECKS[field];
      const problem = check ? check(value) : `unknown field (known: ${Object.keys(FIELD_CHECKS).join(', ')})`;
      if (problem) warnings.push(`sources.json: ignored "${name}" → "${field}": ${problem}`);
      else override[field] = typeof value === 'string' ? value.trim() : Array.isArray(value) ? (value as string[]).map((a) => a.trim()) : value;
    }
    overrides.set(name, override);
  }
  return overrides;
}
