/** How a passage is cited and what the bot says when the articles are silent: shared by every renderer. */
import type { Article } from '../ingest/types.ts';

/** `Title — Publisher, 25 Apr 2019, ¶7` (publisher and date only where the article gives them). */
export function citationLabel(article: Article, paragraph: number): string {
  const meta = [article.publisher, article.date].filter((x): x is string => Boolean(x));
  return `${article.title}${meta.length ? ` — ${meta.join(', ')}` : ''}, ¶${paragraph}`;
}

export function noAnswerText(): string {
  return "The articles don't cover that. Try `/summit sources` to see what they are about, or rephrase the question.";
}
