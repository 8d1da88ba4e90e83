/**
 * The header an article's page shows around its story: its headline, standfirst, byline, timestamps and wire
 * credits, quoted verbatim as one passage numbered 0. Ingest reads these lines as metadata and keeps them out of
 * the numbered paragraphs; the header makes what they say findable too (`who wrote the Reuters story`, `when was
 * it updated`, a fact only the headline states), without renumbering the paragraphs citations point to.
 */
import type { DroppedLine, Passage } from './types.ts';

/** Why-notes (see cleanArticle.ts) of dropped lines that are the page's own header, not site furniture. */
const HEADER_LINE =
  /^(?:byline|timestamp|masthead|agency credit|reporting credit|contributor credit|editor credit|dateline on its own line|metadata line|wire marker$|standfirst \(summary)/;

/** The paragraph number of an article's header passage. */
export const HEADER_PARAGRAPH = 0;

/**
 * The header passage of an article, or null when its page shows no headline or metadata line beyond its paragraphs. `raw` orders the
 * lines as the page does; `titleLine` is the headline line as the page gives it (null when it has none).
 */
export function headerPassage(
  source: string,
  raw: string,
  titleLine: string | null,
  dropped: readonly DroppedLine[],
  paragraphs: readonly Passage[],
): Passage | null {
  // A line a paragraph already quotes (a page whose one line is both headline and story) is not quoted twice.
  const told = new Set(paragraphs.map((p) => p.text.trim()));
  const lines = [...new Set([...(titleLine ? [titleLine] : []), ...dropped.filter((d) => HEADER_LINE.test(d.why)).map((d) => d.line)])]
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !told.has(line))
    .map((line) => ({ line, at: raw.indexOf(line) }))
    .sort((a, b) => (a.at < 0 ? Infinity : a.at) - (b.at < 0 ? Infinity : b.at))
    .map((x) => x.line);
  if (lines.length === 0) return null;
  return { id: `${source}#${HEADER_PARAGRAPH}`, source, paragraph: HEADER_PARAGRAPH, text: lines.join('\n'), heading: null, storyStart: 0 };
}

/** The passages of an article the search reads: its header (when it has one), then its paragraphs. */
export function searchedPassages(article: { header?: Passage | null; passages: readonly Passage[] }): readonly Passage[] {
  return article.header ? [article.header, ...article.passages] : article.passages;
}
