/**
 * The one tokenizer: sentences as verbatim character ranges of a paragraph, words, and the English term analysis
 * shared by indexing and querying (Unicode and quote folding, possessives, stop words, irregular verb forms,
 * Porter stemming). The answer layer's tagger (`answer/sentenceTokens.ts`) reads terms through `analyzeTerm` here.
 */
import { stemmer } from 'stemmer';

// A classic English stop list plus question words: none of them says what a question is about.
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below between both but by
  can cannot could couldn did didn do does doesn doing don down during each few for from further had hadn has hasn have haven having
  he her here hers herself him himself his how i if in into is isn it its itself just let me more most mustn my myself no nor not of
  off on once only or other ought our ours ourselves out over own same shan she should shouldn so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was wasn we were weren what when where which
  while who whom whose why will with won't would wouldn you your yours yourself yourselves also s t d ll m re ve y whom whose mr mrs ms`
    .split(/\s+/)
    .filter(Boolean),
);

// Porter leaves these apart from their lemma; a news question often uses the other tense.
// A table kept packed, several pairs a line:
// prettier-ignore
const IRREGULAR_VERBS: Record<string, string> = {
  met: 'meet', said: 'say', says: 'say', told: 'tell', went: 'go', gone: 'go', goes: 'go', saw: 'see', seen: 'see', took: 'take',
  taken: 'take', made: 'make', held: 'hold', came: 'come', gave: 'give', given: 'give', got: 'get', gotten: 'get', left: 'leave',
  began: 'begin', begun: 'begin', brought: 'bring', thought: 'think', knew: 'know', known: 'know', found: 'find', won: 'win',
  ran: 'run', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', sought: 'seek', fought: 'fight', led: 'lead',
  built: 'build', sent: 'send', spent: 'spend', paid: 'pay', kept: 'keep', felt: 'feel', stood: 'stand', became: 'become',
  chose: 'choose', chosen: 'choose', flew: 'fly', flown: 'fly', drove: 'drive', driven: 'drive', rode: 'ride', broke: 'break',
  broken: 'break', wore: 'wear', worn: 'wear', ate: 'eat', eaten: 'eat', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow',
  threw: 'throw', thrown: 'throw', shown: 'show', struck: 'strike', bought: 'buy', caught: 'catch', taught: 'teach', meant: 'mean',
  heard: 'hear', lost: 'lose', sat: 'sit', rose: 'rise', risen: 'rise', drew: 'draw', drawn: 'draw', overseen: 'oversee',
  oversaw: 'oversee', hid: 'hide', hidden: 'hide', sold: 'sell', fled: 'flee', swore: 'swear', sworn: 'swear', forgot: 'forget',
  died: 'die', dies: 'die', dying: 'die',
};
const IRREGULAR_NOUNS: Record<string, string> = { children: 'child', men: 'man', women: 'woman', people: 'person' };

/** Prefixes that make a verb of a verb and keep its irregular forms: `underwrote`, `withdrew`, `upheld`, `overtaken`. */
const VERB_PREFIXES = ['under', 'over', 'with', 'out', 'fore', 'mis', 'up', 're'];
/** Words that only look like a prefix and an irregular form (`resent` is not `re-sent`). */
const NOT_PREFIXED = new Set(['resent']);

/** A word's lemma from the irregular tables; own keys only, so `constructor` is not read as Object's. */
function irregularLemma(t: string): string | undefined {
  return Object.hasOwn(IRREGULAR_VERBS, t) ? IRREGULAR_VERBS[t] : Object.hasOwn(IRREGULAR_NOUNS, t) ? IRREGULAR_NOUNS[t] : undefined;
}

/** `underwrote` -> `underwrite`: a prefixed irregular form read as its prefixed lemma, or undefined. */
function prefixedIrregular(t: string): string | undefined {
  if (NOT_PREFIXED.has(t)) return undefined;
  for (const prefix of VERB_PREFIXES) {
    const rest = t.slice(prefix.length);
    if (t.startsWith(prefix) && rest.length >= 3 && Object.hasOwn(IRREGULAR_VERBS, rest)) return prefix + IRREGULAR_VERBS[rest]!;
  }
  return undefined;
}

/** Letters Unicode does not decompose into a base letter and a mark, as people type them without (`Brennoy`). */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

/** Folds what differs between how a question and an article write the same word. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/[øæœßđłþðı]/g, (c) => UNDECOMPOSED[c] ?? c);
}

/** Raw word tokens, lower-cased, possessives dropped, `682km` split into `682 km`. */
export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/'s\b/g, '')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Every token of every article and question goes through here; a bounded memo saves the folding and stemming.
const TERM_MEMO_LIMIT = 200_000;
const termMemo = new Map<string, string | null>();

/** Forgets the memo: after an index is built, its tokens need not be kept. */
export function clearTermMemo(): void {
  termMemo.clear();
}

/** The index term for one token, or null for a stop word. */
export function analyzeTerm(token: string): string | null {
  const known = termMemo.get(token);
  if (known !== undefined) return known;
  const t = foldText(token)
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  const term = !t || STOP_WORDS.has(t) ? null : /^\d+$/.test(t) ? t : stemmer(irregularLemma(t) ?? prefixedIrregular(t) ?? t);
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(token, term);
  return term;
}

/** Tokenize and analyze in one go: the content terms of a text, in order. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = analyzeTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/**
 * The two IDFs, both here. `idf`: how rare a term is among `documents` (sentences, or the passages a question
 * found) when `df` of them hold it, a term none holds weighing most; it weighs question words (coverage, the
 * words a passage shares) and stays above 0 however common the term, so every word of a question counts for
 * something in a share. `bm25Idf`: BM25's, as MiniSearch scores, for the search's sentence scores (their sum is
 * MiniSearch's to the digit, which the tests check); it falls to about 0 for a term in every sentence, as a score
 * should.
 */
export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents + 1) / (df + 0.5));
}

export function bm25Idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

// Sentences: boundaries inside a cleaned paragraph, as character ranges so a sentence is always a verbatim slice.

// A word list kept packed:
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'jr', 'sr',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END = /[.!?…]+["”’')\]]*\s+(?=["“‘([]?[A-Z0-9])/g;
const BULLET = /[•▪●◦‣]\s/;
// Only for a paragraph holding a bullet: the second branch, tried at every space, costs the index build a fifth.
const SENTENCE_OR_BULLET_END = new RegExp(`${SENTENCE_END.source}|\\s+(?=${BULLET.source})`, 'g');
/** A list typed with hyphens or asterisks (`- The ferry left Dublin`), its lines joined into one paragraph. */
const TYPED_LIST = /^[-*]\s/;
const SENTENCE_OR_ITEM_END = new RegExp(`${SENTENCE_END.source}|\\s+(?=[-*]\\s+[^\\s-])`, 'g');

/**
 * The sentences of a paragraph as verbatim character ranges (abbreviations and initials do not end one; a bullet
 * starts one, and so does a hyphen or asterisk in a paragraph that opens with one, a typed list).
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // A list item's bullet begins a sentence too: `Key points` lists are joined into one paragraph.
  const boundary = TYPED_LIST.test(paragraph) ? SENTENCE_OR_ITEM_END : BULLET.test(paragraph) ? SENTENCE_OR_BULLET_END : SENTENCE_END;
  boundary.lastIndex = 0;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    const lastWord = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
    // "Mr Kim", "U.S. officials", "J. Smith": a full stop that ends an abbreviation or an initial is not a boundary.
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^[A-Z]$/.test(lastWord) || /\b[A-Z]\.[A-Z]$/.test(before))) continue;
    const end = m.index + m[0].trimEnd().length;
    pushSpan(spans, paragraph, start, end);
    start = m.index + m[0].length;
  }
  pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

/**
 * The longest span taken as one sentence. A run-on text with no full stops (a transcript, a pasted table) is
 * cut at the last space before this many characters, so no "sentence" costs the tagger a whole paragraph.
 */
const MAX_SENTENCE_CHARS = 1000;

function pushSpan(spans: SentenceSpan[], paragraph: string, start: number, end: number): void {
  const text = paragraph.slice(start, end).trim();
  if (!text) return;
  const offset = paragraph.indexOf(text, start);
  if (text.length <= MAX_SENTENCE_CHARS) {
    spans.push({ start: offset, end: offset + text.length, text });
    return;
  }
  const cut = text.lastIndexOf(' ', MAX_SENTENCE_CHARS);
  const at = cut > 0 ? cut : MAX_SENTENCE_CHARS;
  pushSpan(spans, paragraph, offset, offset + at);
  pushSpan(spans, paragraph, offset + at, offset + text.length);
}
