/**
 * Part-of-speech tagged tokens of a sentence, with character offsets into it, from compromise.
 * Tagging is the costly step of answering, so results are memoised per sentence text.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { analyzeTerm } from '../search/tokenizer.ts';
import { BoundedMap } from '../shared/boundedMap.ts';

// The tagger alone (`compromise/two`) gives every tag used here; its bundled CommonJS build loads in about
// half the time and memory of the ES module source tree (measured: 154 ms / 71 MB RSS against 346 ms / 82 MB).
const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;

export interface Token {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** The index term (stem), or null for a stop word. */
  term: string | null;
  /** Punctuation right after the token (`,` `.` `”`...). */
  post: string;
}

interface CompromiseTerm {
  text: string;
  post?: string;
  tags?: string[];
}

const CACHE_LIMIT = 5000;

// A few hundred tag combinations recur across all tokens: share one set per combination.
const tagSets = new Map<string, ReadonlySet<string>>();
function internTags(tags: readonly string[]): ReadonlySet<string> {
  const key = tags.join('|');
  let set = tagSets.get(key);
  if (!set) tagSets.set(key, (set = new Set(tags)));
  return set;
}
const cache = new BoundedMap<string, Token[]>(CACHE_LIMIT);

/**
 * The punctuation after a token, trimmed. A hyphen with a space before it is a dash (`Holyhead - A fire
 * started`, `--`), as typed where a keyboard has no dash: it breaks the clause, and joins no name or compound.
 */
function punctuationAfter(post: string): string {
  return /^\s+-+\s*$/.test(post) ? '–' : post.trim();
}

/** The tagged tokens of a sentence, with offsets into it (memoised per sentence text). */
export function sentenceTokens(sentence: string): Token[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const tokens: Token[] = [];
  let cursor = 0;
  const doc = nlp(sentence).json() as Array<{ terms: CompromiseTerm[] }>;
  for (const phrase of doc) {
    for (const t of phrase.terms) {
      if (!t.text) continue;
      const start = sentence.indexOf(t.text, cursor);
      if (start < 0) continue;
      const end = start + t.text.length;
      cursor = end;
      tokens.push({ text: t.text, start, end, tags: internTags(t.tags ?? []), term: analyzeTerm(t.text), post: punctuationAfter(t.post ?? '') });
    }
  }
  cache.set(sentence, tokens);
  return tokens;
}

export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

export { isKnownWord, singularForms } from '../shared/knownWords.ts';
export const endsClause = (t: Token): boolean => /[,;:.!?()"“”—–]/.test(t.post);
