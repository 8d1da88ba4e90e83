/** How a passage is cited and what the bot says when the articles are silent: shared by every renderer. */
import { HEADER_PARAGRAPH } from '../answer/articleFacts.ts';
import type { Article } from '../ingest/types.ts';

/**
 * `Publisher (Agency)` when the site and the wire differ (`Japan Today (Reuters)`), one of them when only
 * one is known or the site's name already holds the wire's (`BSS/AFP`); null when the page names neither.
 */
export function sourceLabel(article: Pick<Article, 'publisher' | 'agency'>): string | null {
  const { publisher, agency } = article;
  if (!publisher) return agency ?? null;
  if (!agency || publisher.toLowerCase().includes(agency.toLowerCase())) return publisher;
  return `${publisher} (${agency})`;
}

/**
 * `Title — Publisher (Agency), 2019-04-25, ¶7` (source and date only where the article gives them); `, header`
 * for a line of the article's header (paragraph 0: its byline, timestamp or masthead).
 */
export function citationLabel(article: Article, paragraph: number): string {
  const meta = [sourceLabel(article), article.date].filter((x): x is string => Boolean(x));
  return `${article.title}${meta.length ? ` — ${meta.join(', ')}` : ''}, ${paragraph === HEADER_PARAGRAPH ? 'header' : `¶${paragraph}`}`;
}

/** What a reply says when the articles don't answer the question. */
export function noAnswerText(): string {
  return "The articles don't cover that. Try `/summit sources` to see what they are about, or rephrase the question.";
}
