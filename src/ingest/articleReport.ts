/** An article as the bot reads it, for `npm run ingest`: a JSON object, or text a person can scan. */
import type { Article } from './types.ts';

export interface ArticleReport {
  file: string;
  title: string;
  publisher: string | null;
  agency: string | null;
  authors: string[];
  /** `YYYY-MM-DD`, or null when the page states none (or no year). */
  date: string | null;
  /** `--MM-DD` when the page gives a month and day but no year. */
  date_without_year: string | null;
  url: string | null;
  /** Where each piece of metadata was read from. */
  origins: Article['origins'];
  paragraphs: { n: number; text: string; heading: string | null }[];
  dropped: { line: string; why: string }[];
}

/** An article as `npm run ingest -- --json` prints it. */
export function toArticleReport(article: Article): ArticleReport {
  return {
    file: article.source,
    title: article.title,
    publisher: article.publisher,
    agency: article.agency,
    authors: article.authors,
    date: article.date,
    date_without_year: article.dateWithoutYear,
    url: article.url,
    origins: article.origins,
    paragraphs: article.passages.map((p) => ({ n: p.paragraph, text: p.text, heading: p.heading })),
    dropped: article.dropped.map((d) => ({ line: d.line, why: d.why })),
  };
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** An article as `npm run ingest` prints it: metadata, numbered paragraphs, dropped lines with why. */
export function renderArticleReport(article: Article): string {
  const r = toArticleReport(article);
  const field = (name: string, value: string, origin: string | undefined): string => `${name.padEnd(10)}${value}${origin ? `    (${origin})` : ''}`;
  const date = r.date ?? (r.date_without_year ? `${r.date_without_year} (year not stated)` : '—');
  const lines = [
    `== ${r.file}`,
    field('title', r.title, r.origins.title),
    field('publisher', r.publisher ?? '—', r.origins.publisher),
    field('agency', r.agency ?? '—', r.origins.agency),
    field('authors', r.authors.length ? r.authors.join('; ') : '—', r.origins.authors),
    field('date', date, r.origins.date),
    field('url', r.url ?? '—', r.origins.url),
    `paragraphs (${r.paragraphs.length}):`,
  ];
  let heading: string | null = null;
  for (const p of r.paragraphs) {
    if (p.heading !== heading && p.heading !== null) lines.push(`  ## ${p.heading}`);
    heading = p.heading;
    lines.push(`  ¶${p.n} ${p.text}`);
  }
  lines.push(`dropped (${r.dropped.length}):`);
  for (const d of r.dropped) lines.push(`  - [${d.why}] ${clip(d.line, 140)}`);
  return lines.join('\n');
}
