/**
 * Questions about an article itself, not its story: who wrote it, when it was published or updated, which paper
 * ran it. Ingest reads those facts from the page's byline, timestamp and masthead lines and keeps the lines out of
 * the paragraphs (`Article.dropped`), so no passage holds them; they are answered here from those lines, quoted
 * verbatim and cited as the article's header (paragraph 0).
 */
import { TIMESTAMP_LABEL } from '../ingest/parseDateline.ts';
import type { Article, Passage } from '../ingest/types.ts';
import { contentTerms, foldText } from '../search/tokenizer.ts';

export type ArticleFact = 'author' | 'published' | 'updated' | 'publisher';

/** The paragraph number a line of an article's header is cited with: it comes before the story's paragraphs. */
export const HEADER_PARAGRAPH = 0;

/** Alternatives of a regular expression, written once and read by each pattern that needs them. */
const anyOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

/**
 * A word for a news item as a whole (`the Reuters story`, `the AFP dispatch`). Not `report`: `when was the report
 * published` asks of a study as often as of a news item.
 */
const ITEM_WORDS = ['story', 'stories', 'article', 'articles', 'piece', 'dispatch', 'write-?up', 'live ?blog', 'news item'];
const WRITING = ['wrote', 'write', 'writes', 'written', 'authored', 'bylined'];
const WRITERS = ['author', 'writer', 'reporter', 'journalist', 'correspondent'];
const PUBLISHING = ['published', 'posted', 'filed', 'put out', 'came out', 'released'];
const UPDATING = ['updated', 'last modified', 'last changed'];
const ASKING_WHEN = ['when', 'what time', 'what date', 'what day', 'time', 'date'];
const OUTLETS = ['paper', 'newspaper', 'outlet', 'site', 'website', 'publication', 'news ?site', 'news ?outlet', 'news ?organi[sz]ation'];
const RUNNING = ['ran', 'run', 'runs', 'published', 'carried', 'printed', 'posted'];

const ITEM = new RegExp(String.raw`\b${anyOf(ITEM_WORDS)}\b`);
const AUTHOR = new RegExp(String.raw`\b(?:who|which ${anyOf(WRITERS)})\b.*\b${anyOf(WRITING)}\b|\bwho(?:'s| is| was)? the ${anyOf(WRITERS)}\b|\bbyline\b`);
const UPDATED = new RegExp(String.raw`\b${anyOf(UPDATING)}\b`);
const PUBLISHED = new RegExp(String.raw`\b${anyOf(PUBLISHING)}\b`);
const WHEN = new RegExp(String.raw`\b${anyOf(ASKING_WHEN)}\b`);
/** `which paper ran the local story`: the item must be named, so `what paper published the study` is not asked of the masthead. */
const PUBLISHER = new RegExp(String.raw`\b(?:which|what) ${anyOf(OUTLETS)}\b.*\b${anyOf(RUNNING)}\b.*\b${anyOf(ITEM_WORDS)}\b`);
/** The words a question about an article is made of, beside those that say which article it is. */
const FACT_WORDS = new RegExp(
  String.raw`\b${anyOf([...ITEM_WORDS, ...WRITING, ...WRITERS, ...PUBLISHING, ...UPDATING, ...ASKING_WHEN, ...OUTLETS, ...RUNNING, 'who', 'which', 'byline', 'last'])}\b`,
  'g',
);

/** What a question asks about an article itself, or null when it asks about what the articles tell. */
export function askedArticleFact(question: string): ArticleFact | null {
  const q = foldText(question);
  if (!ITEM.test(q)) return null;
  if (PUBLISHER.test(q)) return 'publisher';
  if (AUTHOR.test(q)) return 'author';
  if (UPDATED.test(q) && WHEN.test(q)) return 'updated';
  if (PUBLISHED.test(q) && WHEN.test(q)) return 'published';
  return null;
}

/** Why-notes (see cleanArticle.ts) of the lines each fact is read from. */
const SOURCE_LINE: Record<ArticleFact, RegExp> = {
  author: /^(?:byline|metadata line)/,
  published: /^(?:timestamp|metadata line)/,
  updated: /^(?:timestamp|metadata line)/,
  publisher: /^masthead/,
};
export interface ArticleFactAnswer {
  answer: string;
  line: string;
}

/** The fact as the article's own line states it, or null when the page gives no such line. */
export function articleFact(article: Article, fact: ArticleFact): ArticleFactAnswer | null {
  const lines = article.dropped.filter((d) => SOURCE_LINE[fact].test(d.why)).map((d) => d.line.trim());
  switch (fact) {
    case 'author': {
      const line = article.authors.length ? lines.find((l) => article.authors.every((a) => l.includes(a))) : undefined;
      return line ? { answer: article.authors.join(' and '), line } : null;
    }
    case 'publisher': {
      const line = article.publisher ? lines.find((l) => l.includes(article.publisher!)) : undefined;
      return line ? { answer: article.publisher!, line } : null;
    }
    case 'published':
    case 'updated': {
      const stamps = lines.filter((l) => /\d/.test(l));
      const wanted = fact === 'updated' ? /\b(?:updated|modified)\b/i : /\b(?:published|posted)\b/i;
      const line = stamps.find((l) => wanted.test(l)) ?? (stamps.length === 1 ? stamps[0] : undefined);
      // The answer leaves the line's label out: `Updated: April 25, 2019 13:44:47` -> the date and time.
      return line ? { answer: line.replace(TIMESTAMP_LABEL, '').trim() || line, line } : null;
    }
  }
}

/**
 * The article a question about an article means: the one whose publisher or agency it names, else the only
 * article, else the article of the best passage found for it (`who wrote the story on the bridge`).
 */
export function askedArticle(question: string, articles: readonly Article[], found: readonly Article[]): Article | undefined {
  const plain = (text: string): string =>
    foldText(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const q = ` ${plain(question)} `;
  const names = (a: Article): string[] =>
    [a.publisher, a.agency].filter((n): n is string => Boolean(n)).flatMap((n) => [plain(n), plain(n.replace(/^the\s+/i, ''))]);
  const named = articles.filter((a) => names(a).some((n) => n.length > 1 && q.includes(` ${n} `)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return found.find((a) => named.includes(a)) ?? named[0];
  if (articles.length === 1) return articles[0];
  // `who wrote the story on the bridge`: what else it says picks the article; `who wrote the article` picks none.
  const said = contentTerms(q.replace(FACT_WORDS, ' '));
  return said.length ? found[0] : undefined;
}

/** The line a fact is read from, as a passage of the article's header. */
export function headerLine(article: Article, line: string): Passage {
  return { id: `${article.source}#${HEADER_PARAGRAPH}`, source: article.source, paragraph: HEADER_PARAGRAPH, text: line, heading: null, storyStart: 0 };
}
