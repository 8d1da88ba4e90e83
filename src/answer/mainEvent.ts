/**
 * The story most of the articles tell, as a search query: the title words shared by most titles.
 * It stands in for the question when a user asks a bare `/summit who`.
 */
import type { Article } from '../ingest/types.ts';
import { analyzeTerm, tokenize } from '../search/analyzeText.ts';

export function mainEventQuery(articles: readonly Article[]): string {
  const counts = new Map<string, { word: string; titles: number }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const word of tokenize(article.title)) {
      const term = analyzeTerm(word);
      if (!term || seen.has(term)) continue;
      seen.add(term);
      const entry = counts.get(term);
      if (entry) entry.titles += 1;
      else counts.set(term, { word, titles: 1 });
    }
  }
  const need = Math.max(Math.min(2, articles.length), Math.ceil(articles.length / 2));
  const shared = [...counts.values()].filter((c) => c.titles >= need).map((c) => c.word);
  return (shared.length ? shared : [...counts.values()].map((c) => c.word)).join(' ');
}
