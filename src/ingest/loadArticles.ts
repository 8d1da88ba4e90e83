/** Reads every `*.txt` article in a folder, skipping (with a warning) what cannot be read as text. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanArticle } from './cleanArticle.ts';
import type { Article, SourceOverride } from './types.ts';

export interface LoadResult {
  articles: Article[];
  warnings: string[];
}

export class SeedsError extends Error {
  override name = 'SeedsError';
}

export async function loadArticles(dir: string): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  } catch (err) {
    throw new SeedsError(`cannot read the seeds folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const warnings: string[] = [];
  const overrides = await readOverrides(dir, warnings);
  const articles: Article[] = [];
  for (const name of names) {
    const raw = await readText(path.join(dir, name));
    if (typeof raw !== 'string') {
      warnings.push(`skipped ${name}: ${raw.problem}`);
      continue;
    }
    const article = cleanArticle(name, raw, overrides[name]);
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

async function readText(file: string): Promise<string | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { problem: `unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  if (bytes.includes(0)) return { problem: 'binary, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old news archives are often Windows-1252; latin1 keeps every byte readable.
    text = bytes.toString('latin1');
  }
  if (!text.trim()) return { problem: 'empty' };
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > text.length / 100) return { problem: 'binary, not text' };
  return text;
}

async function readOverrides(dir: string, warnings: string[]): Promise<Record<string, SourceOverride>> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, 'sources.json'), 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, SourceOverride>;
    warnings.push('ignored sources.json: expected an object keyed by file name');
  } catch (err) {
    warnings.push(`ignored sources.json: ${(err as Error).message}`);
  }
  return {};
}
