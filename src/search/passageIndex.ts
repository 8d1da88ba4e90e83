/**
 * The index over every sentence of every passage (MiniSearch's scoring, `sentencePostings.ts`), and the passage ranking built on it.
 * Sentences are the unit searched (a question is usually answered by one); passages are the unit shown.
 */
import type { Article, Passage } from '../ingest/types.ts';
import { BoundedMap } from '../shared/boundedMap.ts';
import { CHAT_SHORTHAND, numberWrittenOtherwise } from '../shared/lexicon.ts';
import { QUESTION_TYPES, type QuestionType } from '../shared/questionType.ts';
import SearchableMap from 'minisearch/SearchableMap';
import { analyzeTerm, clearTermMemo, contentTerms, foldText, idf, splitSentences, tokenize, type SentenceSpan } from './tokenizer.ts';
import { typeSignal } from './typeSignals.ts';
import { BACKGROUND, type BackgroundFrequency } from './backgroundFrequency.ts';
import { RELATED, type RelatedTerms } from './relatedTerms.ts';
import { isNameTerm } from './nameTerms.ts';
import { PostingsBuilder, type SentenceMatch, SentencePostings } from './sentencePostings.ts';

export interface IndexedPassage {
  passage: Passage;
  article: Article;
  sentences: SentenceSpan[];
  /** Bit i set: the passage shows the surface cue of QUESTION_TYPES[i] (computed once, at build; a number, as there are many passages). */
  cues: number;
}

/** What the search measured of a passage, for the answer model's passage ranking. */
export interface RetrievalSignals {
  /** MiniSearch's BM25 score of the passage's best sentence and of its second best. */
  bestSentence: number;
  secondSentence: number;
  /** The passage shows the surface cue of the asked type (a date for when...). */
  typeCue: boolean;
  /** Share of the question's locally telling words (among the best passages) that the passage holds (0..1). */
  topicShare: number;
}

/** What the search knows of English beyond the folder (see {@link PassageIndex}'s constructor). */
export interface GeneralEnglish {
  background: BackgroundFrequency;
  related: RelatedTerms;
}

export const GENERAL_ENGLISH: GeneralEnglish = { background: BACKGROUND, related: RELATED };

export interface PassageHit extends IndexedPassage {
  score: number;
  signals: RetrievalSignals;
  /** IDF-weighted share of the question's content terms that the passage holds (0..1). */
  coverage: number;
  /** Index of the sentence that matched best. */
  bestSentence: number;
}

/** A hit's search score over the best hit's (0..1). Hits found through related terms alone all score 0: alike, not undefined. */
export function scoreShare(hit: Pick<PassageHit, 'score'>, top: Pick<PassageHit, 'score'>): number {
  return top.score > 0 ? hit.score / top.score : 1;
}

export interface SearchOptions {
  type?: QuestionType | undefined;
  limit?: number;
  /** Only passages of these articles are searched. */
  within?: ((article: Article) => boolean) | undefined;
  /**
   * Terms the question's form adds, each an alternative to the others (`how tall` searched as `tall high
   * height`): they help find the statement, and weigh as light words in deciding whether the articles answer.
   */
  formTerms?: ReadonlySet<string>;
}

/**
 * What a {@link PassageIndex} derives from the articles: every field but those in {@link UNSAVED_FIELDS}, so a
 * field added later is saved (as plain data, see `src/snapshot/engineCodec.ts`) without listing it here.
 */
export interface IndexState {
  passages: readonly IndexedPassage[];
  search: SentencePostings;
  [field: string]: unknown;
}

/** Fields rebuilt from the passages on restore (lookups) or kept per process (memos, settings). */
const UNSAVED_FIELDS = new Set([
  'sentenceOwner',
  'sentencePlace',
  'passageTerms',
  'retrievalDepth',
  'placeOfPassage',
  'english',
  'titles',
  'spellings',
  'hyphenated',
]);

/** Below this share of the question's meaning (by IDF), the articles are taken not to answer it. */
export const MIN_COVERAGE = 0.42;
/** Fuzzy matches count for less: a near spelling is weaker evidence than the word itself. */
const FUZZY_CREDIT = 0.7;
const TYPE_BOOST = 0.25;
/**
 * A question word the passage holds only through a related term (`financed` for `funded`, see relatedTerms.ts)
 * counts for this share of it in coverage (0..1; 0.7 as a misspelling does: chosen on train among 0, 0.4, 0.7, 1).
 */
const RELATED_CREDIT = 0.7;
/**
 * A question word a passage lacks but its article's headline holds counts for this share of it in coverage: the
 * headline says what every paragraph is about (`Seven people were killed` under `Avalanche on Mount Manaslu kills
 * seven`), as DrQA reads a paragraph with its article's title. 0..1; 0.7 as a related term or a misspelling counts (train p@1
 * 74.6 / 74.6 / 74.9 / 75.1 at 0.3 / 0.5 / 0.7 / 1 before refitting: 1 gained one question, within noise).
 */
const TITLE_CREDIT = 0.7;
/**
 * A question word a passage lacks but the paragraph before it holds counts for this share of it in coverage: a
 * paragraph goes on from the one before (`That commitment alone costs roughly A$9 million a month` after the one
 * saying what the company keeps paying; `Brennan, 58, comes from Arklow` after the one naming the captain), as the
 * headline's words count for every paragraph (TITLE_CREDIT). 0..1; 0.5 chosen on train among 0, 0.5 and 0.7 before
 * refitting (false_abstain 1.4 / 0.8 / 0.8, answer 30.0 / 30.2 / 30.2, SQuAD p@1 81.2 / 81.2 / 80.7); 0.3 in an
 * earlier session read p@1 unchanged.
 */
const CONTEXT_CREDIT = 0.5;
/** Passages beyond the best are kept down to this share of its score (for answers found further down, and paging). */
const RELATED_SCORE = 0.25;
const PASSAGE_TERMS_LIMIT = 2000;
/**
 * Verbs that carry little meaning of their own (`how long did it take`, `what happened`): an article can
 * answer the question without using them, so they weigh little in deciding whether it does.
 */
const LIGHT_VERBS = new Set(['take', 'make', 'get', 'go', 'come', 'happen', 'do', 'give', 'put', 'keep', 'let', 'seem', 'becom'].map((w) => analyzeTerm(w)!));
const LIGHT_VERB_WEIGHT = 0.3;
/** The weight in coverage of a question word that no article holds, even misspelt (names excepted: they abstain). */
const UNKNOWN_WORD_WEIGHT = 0.25;
/**
 * A question the articles match only weakly is about something else (`why do we have leap years`, `where is the
 * hollywood sign`), and gets no passages, on either of two measures:
 * - MIN_BEST_MATCH: its best sentence scores below this share of the IDF of a word no sentence holds (the highest
 *   the folder gives), so what it matches is worth less than one telling word. Scaled by that IDF so a
 *   one-article folder, whose IDFs are all lower, is held to the same bar;
 * - MIN_TOLD_SHARE: the words some article holds (or a related term, or a headline) carry less than this share of
 *   the question's rarity in general English (the background sample's IDF, so `guacamole` says more than
 *   `largest` whatever the folder holds): the articles lack what the question is about, though they share its
 *   common words. A name the articles lack abstains alone (above); these weigh every word.
 * Both 0..1, chosen together on train (the news and SQuAD train questions, and the off-topic bank's train half
 * asked of the train corpora's folders) as the largest values at which no answerable question whose first passage
 * held its evidence lost its passages. Of 296 off-topic runs that got passages, and 730 answerable questions:
 * MIN_BEST_MATCH 0.5 / 0.6 / 0.7 / 0.8 alone abstain on 84 / 92 / 120 / 145 for 3 / 3 / 4 / 6 answerable lost (at
 * 0.8 one found first); MIN_TOLD_SHARE 0.3 / 0.4 / 0.45 / 0.5 alone on 64 / 91 / 119 / 154 for 2 / 3 / 4 / 6 (at 0.5
 * one found first); both at 0.7 / 0.45 on 175 (and 5 of 331 unanswerable questions) for 6 answerable lost, none found
 * first.
 */
const MIN_BEST_MATCH = 0.7;
const MIN_TOLD_SHARE = 0.45;
/**
 * In {@link MIN_TOLD_SHARE}, a word that fewer background sentences hold (or none) counts as rare as one this many
 * hold: so few cannot tell a telling word from a misspelling (`colummnist`) or one newer than the 1961 sample
 * (`livestream`), which would otherwise outweigh the rest of the question. 5 of its 52,522 sentences; at 0 (no
 * floor) one answerable train question whose first passage held its evidence lost its passages.
 */
const RARE_FLOOR = 5;
/**
 * Sentences found exactly, best first, before their passages are scored whole (see
 * {@link SentencePostings.retrieve}); far more than the passages a question reads, so pruning does not
 * change what it reads.
 */
export const RETRIEVAL_DEPTH = 200;

export class PassageIndex {
  readonly passages: IndexedPassage[];
  /** The sentence index (sentence `i` is document `i`): MiniSearch's scoring over compact posting lists. */
  private readonly search: SentencePostings;
  private readonly sentenceDocFreq = new Map<string, number>();
  /** For sentence document `i`: the passage it belongs to and its place there (no stored fields: less memory). */
  private readonly sentenceOwner: IndexedPassage[] = [];
  private readonly sentencePlace: number[] = [];
  /** Keyed by the passage, not the entry: a hit is a copy of its entry, made anew for every question. */
  private readonly passageTerms = new BoundedMap<Passage, ReadonlySet<string>>(PASSAGE_TERMS_LIMIT);
  /** Each passage's place in {@link passages} (built on first use), for the paragraph that follows a hit. */
  private placeOfPassage: Map<Passage, number> | undefined;
  /** Each article's headline terms (built on first use). */
  private titles: Map<Article, ReadonlySet<string>> | undefined;
  /** The folder's words as written (folded), for {@link correctSpelling} (built on first use). */
  private spellings: SearchableMap<true> | undefined;
  /** The folder's hyphenated words by their letters run together (`liftoff` -> `lift-off`; built on first use). */
  private hyphenated: Map<string, string> | undefined;
  /** {@link RETRIEVAL_DEPTH}; Infinity reads every sentence holding a question word (to check that pruning changes nothing). */
  retrievalDepth = RETRIEVAL_DEPTH;

  /**
   * `english`: what the search knows of the language beyond the folder: how common each term is (counted beside
   * the folder's sentences in every IDF, see backgroundFrequency.ts) and which terms are related in meaning (see
   * relatedTerms.ts); null scores exactly as MiniSearch would over the folder alone.
   */
  constructor(
    articles: readonly Article[],
    restored?: IndexState,
    private readonly english: GeneralEnglish | null = GENERAL_ENGLISH,
  ) {
    this.passages = [];
    if (restored) {
      const { passages, search, ...rest } = restored;
      this.search = search;
      for (const entry of passages) this.addPassage(entry);
      Object.assign(this, rest);
      return;
    }
    const postings = new PostingsBuilder();
    for (const article of articles) {
      for (const passage of article.passages) {
        const sentences = splitSentences(passage.text);
        const cues = QUESTION_TYPES.reduce((bits, t, i) => (typeSignal(t, passage.text) ? bits | (1 << i) : bits), 0);
        this.addPassage({ passage, article, sentences, cues });
        for (const s of sentences) postings.add([s.text, passage.heading ?? '']);
      }
    }
    this.search = postings.finish(english?.background);
    // A sentence's content terms are exactly the terms of its text field.
    for (const term of this.search.terms) {
      const n = this.search.frequency(term);
      if (n > 0) this.sentenceDocFreq.set(term, n);
    }
    clearTermMemo();
  }

  private addPassage(entry: IndexedPassage): void {
    this.passages.push(entry);
    for (let i = 0; i < entry.sentences.length; i += 1) {
      this.sentenceOwner.push(entry);
      this.sentencePlace.push(i);
    }
  }

  /** Everything the index derives from the articles, for a snapshot ({@link PassageIndex.fromState} restores it). */
  toState(): IndexState {
    return Object.fromEntries(Object.entries(this).filter(([field]) => !UNSAVED_FIELDS.has(field))) as IndexState;
  }

  static fromState(state: IndexState): PassageIndex {
    return new PassageIndex([], state);
  }

  /**
   * The sentences that can matter for `query`, best first, in the shape MiniSearch's search gave: the
   * rarest question words are read first and the common ones stop bringing in sentences once they cannot
   * reach the best {@link RETRIEVAL_DEPTH}; the passages of those are scored whole.
   */
  private retrieveSentences(query: string, within?: (article: Article) => boolean): SentenceMatch[] {
    // A name stands for itself: Moscow is not a match for Russia.
    const named = new Set(namedTerms(query));
    const related = this.english?.related;
    return this.search.retrieve(contentTerms(query), {
      related: related && ((term) => (named.has(term) ? [] : related.of(term))),
      accept: within && ((doc) => within(this.sentenceOwner[doc]!.article)),
      boosts: [1, 0.3],
      fuzzy: (term) => typoDistance(term, this.hasTerm(term)),
      depth: this.retrievalDepth,
      passageOf: (doc) => {
        const start = doc - this.sentencePlace[doc]!;
        return [start, start + this.sentenceOwner[doc]!.sentences.length];
      },
    });
  }

  private get sentenceCount(): number {
    return this.sentenceOwner.length;
  }

  /** How rare a term is among sentences; a term no sentence holds weighs most. */
  idf(term: string): number {
    const df = this.sentenceDocFreq.get(term) ?? 0;
    const background = this.english?.background;
    if (!background) return idf(this.sentenceCount, df);
    const blended = background.blend(this.sentenceCount, df, term);
    return idf(blended.sentences, blended.holding);
  }

  /** The content terms of a passage, memoised for the passages questions keep returning to. */
  termsOf(entry: IndexedPassage): ReadonlySet<string> {
    let terms = this.passageTerms.get(entry.passage);
    if (!terms) {
      terms = new Set(contentTerms(entry.passage.text));
      this.passageTerms.set(entry.passage, terms);
    }
    return terms;
  }

  /** The paragraph after a passage in its article, as indexed; undefined for an article's last. */
  following(passage: Passage): IndexedPassage | undefined {
    return this.neighbour(passage, 1);
  }

  /** The paragraph before a passage in its article, as indexed; undefined for an article's first. */
  preceding(passage: Passage): IndexedPassage | undefined {
    return this.neighbour(passage, -1);
  }

  private neighbour(passage: Passage, step: 1 | -1): IndexedPassage | undefined {
    this.placeOfPassage ??= new Map(this.passages.map((e, i) => [e.passage, i]));
    const i = this.placeOfPassage.get(passage);
    const other = i === undefined ? undefined : this.passages[i + step];
    return other && other.passage.source === passage.source && other.passage.paragraph === passage.paragraph + step ? other : undefined;
  }

  /** How many sentences hold a term. */
  frequency(term: string): number {
    return this.sentenceDocFreq.get(term) ?? 0;
  }

  /**
   * The question with each misspelt word replaced by the folder's word it most likely stands for (`investigaton`
   * -> `investigation`, `captian` -> `captain`): a word of at least four letters that neither the articles nor
   * general English hold, one edit or two letters swapped from a word the articles use. Fuzzy matching on index
   * terms misses these when stemming takes the misspelt word far from the right one's stem (`investigaton`
   * against `investig`). Among several, one of the `preferred` terms wins (the caller's main story's words:
   * beside general texts `lauch` is one edit from `laugh` as well as `launch`), then the most common. Chat
   * shorthand (`ppl`, `govt`, `yrs`; see CHAT_SHORTHAND) is read as the word it stands for.
   */
  correctSpelling(question: string, preferred?: ReadonlySet<string>): string {
    return question.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const folded = foldText(word);
      const otherwise = this.writtenOtherwise(folded);
      if (otherwise !== undefined) return otherwise;
      // `ppl`, `govt`, `yrs`: typed shorthand, in lower case (`BC` is a place), unless the articles write it as a word.
      const spelt = word === folded && Object.hasOwn(CHAT_SHORTHAND, folded) ? CHAT_SHORTHAND[folded] : undefined;
      if (spelt !== undefined && !this.hasTerm(analyzeTerm(folded) ?? folded)) return spelt;
      if (!/^\p{L}+$/u.test(word)) return word;
      const term = analyzeTerm(folded);
      if (!term || folded.length < 4 || this.hasTerm(term) || (this.english?.background.frequency(term) ?? 0) > 0) return word;
      const best = this.nearestSpelling(folded, preferred);
      if (!best) return word;
      return /^\p{Lu}/u.test(word) ? best.charAt(0).toUpperCase() + best.slice(1) : best;
    });
  }

  /**
   * The question's word as the articles write it when they write it otherwise and never its way: a number from
   * two to twenty in digits or in words (`the 17 who escaped` of articles saying `Seventeen`), a closed compound
   * they hyphenate (`liftoff` -> `lift-off`). Undefined when they use the word as it is, or neither.
   */
  private writtenOtherwise(folded: string): string | undefined {
    const term = analyzeTerm(folded);
    if (term && this.hasTerm(term)) return undefined;
    const number = numberWrittenOtherwise(folded);
    if (number !== undefined) return this.hasTerm(analyzeTerm(number) ?? '') ? number : undefined;
    this.hyphenated ??= this.buildHyphenated();
    return this.hyphenated.get(folded);
  }

  private buildHyphenated(): Map<string, string> {
    const map = new Map<string, string>();
    for (const entry of this.passages)
      for (const m of foldText(entry.passage.text).matchAll(/(?<![\p{L}\p{N}-])(\p{L}{2,})-(\p{L}{2,})(?![\p{L}\p{N}-])/gu))
        if (!map.has(m[1]! + m[2]!)) map.set(m[1]! + m[2]!, m[0]);
    return map;
  }

  private nearestSpelling(word: string, preferred?: ReadonlySet<string>): string | null {
    this.spellings ??= this.buildSpellings();
    // One edit only: two reach real words the background list lacks (`unproven` -> `proven`, `upcoming` -> `coming`).
    const variants = new Set(this.spellings.fuzzyGet(word, 1).keys());
    for (let i = 0; i + 1 < word.length; i += 1) {
      const swapped = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
      if (this.spellings.has(swapped)) variants.add(swapped);
    }
    variants.delete(word);
    const common = (variant: string): number => this.sentenceDocFreq.get(analyzeTerm(variant) ?? '') ?? 0;
    const first = (variant: string): number => (preferred?.has(analyzeTerm(variant) ?? '') ? 1 : 0);
    return [...variants].sort((a, b) => first(b) - first(a) || common(b) - common(a) || a.localeCompare(b))[0] ?? null;
  }

  private buildSpellings(): SearchableMap<true> {
    const map = new SearchableMap<true>();
    for (const entry of this.passages) for (const word of tokenize(entry.passage.text)) if (word.length >= 3 && !/\d/.test(word)) map.set(word, true);
    return map;
  }

  hasTerm(term: string): boolean {
    return this.sentenceDocFreq.has(term);
  }

  /** See {@link MIN_BEST_MATCH} and {@link MIN_TOLD_SHARE}. */
  private matchesWeakly(queryTerms: readonly string[], matched: ReadonlySet<string>, bestSentence: number, formTerms?: ReadonlySet<string>): boolean {
    const background = this.english?.background;
    // The IDF of a word no sentence holds (nor the background sample): the highest this folder gives.
    const highestIdf = idf(background ? background.blend(this.sentenceCount, 0, '').sentences : this.sentenceCount, 0);
    if (bestSentence < MIN_BEST_MATCH * highestIdf) return true;
    if (!background) return false;
    // Light verbs and the form's own words (`how long`) say what is asked, not what it is about.
    const about = queryTerms.filter((t) => !LIGHT_VERBS.has(t) && !formTerms?.has(t));
    const rarity = (t: string): number => idf(background.sentences, Math.max(RARE_FLOOR, background.frequency(t)));
    const total = about.reduce((sum, t) => sum + rarity(t), 0);
    const told = about.reduce((sum, t) => sum + (matched.has(t) ? rarity(t) : 0), 0);
    return total > 0 && told < MIN_TOLD_SHARE * total;
  }

  /** Passages that answer `query`, best first; empty when the articles do not cover it. */
  find(query: string, options: SearchOptions = {}): PassageHit[] {
    const limit = options.limit ?? 3;
    const queryTerms = [...new Set(contentTerms(query))];
    if (queryTerms.length === 0) return [];
    const results = this.retrieveSentences(query, options.within);

    // A name the question gives that no article mentions, even misspelt, means the articles are about something else;
    // a short capitalised abbreviation (`PM`, `FM`) may be the articles' words spelt out, so it does not decide alone.
    const titles = (this.titles ??= new Map([...new Set(this.passages.map((e) => e.article))].map((a) => [a, new Set(contentTerms(a.title))])));
    const inTitles = new Set<string>();
    for (const [article, terms] of titles) {
      if (options.within && !options.within(article)) continue;
      for (const t of queryTerms) if (terms.has(t)) inTitles.add(t);
    }
    const matchedAnywhere = new Set([...results.flatMap((r) => r.queryTerms), ...inTitles]);
    const abbreviations = new Set(abbreviationTerms(query));
    // Typed in lower case, a name is known by its word alone (`where is the eiffel tower`).
    const named = [...namedTerms(query), ...queryTerms.filter(isNameTerm)];
    if (named.some((t) => !matchedAnywhere.has(t) && !abbreviations.has(t))) return [];

    // Per passage: its two best sentence scores (the best one's place) and the question words it holds.
    const byPassage = new Map<IndexedPassage, { first: number; second: number; best: number; matched: Set<string>; direct: Set<string> }>();
    for (const r of results) {
      const entry = this.sentenceOwner[r.id];
      if (!entry || (options.within && !options.within(entry.article))) continue;
      let agg = byPassage.get(entry);
      if (!agg) byPassage.set(entry, (agg = { first: -1, second: 0, best: 0, matched: new Set(), direct: new Set() }));
      for (const t of r.queryTerms) {
        agg.matched.add(t);
        if (!r.relatedOnly?.includes(t)) agg.direct.add(t);
      }
      if (r.score > agg.first) {
        agg.second = Math.max(agg.first, 0);
        agg.first = r.score;
        agg.best = this.sentencePlace[r.id]!;
      } else if (r.score > agg.second) agg.second = r.score;
    }

    // A word no article holds, even misspelt (`grandpa`, `funded`), is the user's wording, not a sign that the
    // articles are about something else: it weighs little in deciding whether they answer (names still do).
    const weights = new Map(
      queryTerms.map((t) => [
        t,
        this.idf(t) * (LIGHT_VERBS.has(t) || options.formTerms?.has(t) ? LIGHT_VERB_WEIGHT : 1) * (matchedAnywhere.has(t) ? 1 : UNKNOWN_WORD_WEIGHT),
      ]),
    );
    const totalWeight = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const scored: Array<{ entry: IndexedPassage; score: number; coverage: number; best: number; matched: Set<string>; signals: RetrievalSignals }> = [];
    for (const [entry, agg] of byPassage) {
      let covered = 0;
      for (const t of agg.matched) covered += (weights.get(t) ?? this.idf(t)) * (!agg.direct.has(t) ? RELATED_CREDIT : this.hasTerm(t) ? 1 : FUZZY_CREDIT);
      const title = titles.get(entry.article)!;
      const titled = (t: string): boolean => inTitles.has(t) && title.has(t);
      for (const t of inTitles) if (!agg.matched.has(t) && title.has(t)) covered += weights.get(t)! * TITLE_CREDIT;
      const before = this.preceding(entry.passage);
      const context = before && byPassage.get(before);
      if (context) for (const t of context.direct) if (!agg.matched.has(t) && !titled(t)) covered += (weights.get(t) ?? this.idf(t)) * CONTEXT_CREDIT;
      const coverage = Math.min(1, covered / totalWeight);
      let score = (agg.first + 0.3 * agg.second) * (0.5 + coverage);
      const typeCue = options.type !== undefined && (entry.cues & (1 << QUESTION_TYPES.indexOf(options.type))) !== 0;
      if (typeCue) score *= 1 + TYPE_BOOST;
      scored.push({
        entry,
        score,
        coverage,
        best: agg.best,
        matched: agg.matched,
        signals: { bestSentence: agg.first, secondSentence: agg.second, typeCue, topicShare: 0 },
      });
    }
    scored.sort((x, y) => y.score - x.score);
    rerankWithinTopic(scored, queryTerms);
    const top = scored[0];
    // Whether the articles answer is the best coverage among the passages about the topic, not the first's: a
    // passage can come first on a common word alone (`going`) while others hold the rest of the question.
    if (!top || !scored.slice(0, TOPIC_SIZE).some((h) => h.coverage >= MIN_COVERAGE)) return [];
    const bestSentence = scored.reduce((best, h) => Math.max(best, h.signals.bestSentence), 0);
    if (this.matchesWeakly(queryTerms, matchedAnywhere, bestSentence, options.formTerms)) return [];
    const hits: PassageHit[] = [];
    for (const h of scored) {
      if (hits.length >= limit) break;
      if (h.coverage >= MIN_COVERAGE / 2 && h.score >= top.score * RELATED_SCORE)
        hits.push({ ...h.entry, score: h.score, coverage: h.coverage, bestSentence: h.best, signals: h.signals });
    }
    return hits;
  }
}

/** How many of the best passages make up the question's topic for {@link rerankWithinTopic}. */
const TOPIC_SIZE = 40;

/**
 * Corpus IDF favours a question's names (rare in a big folder) over its relation words (`father`,
 * `previously`), yet every passage about the topic has the names. Among the best passages, a word few of
 * them hold is the telling one: rescore them by the share of such words they hold.
 */
function rerankWithinTopic(scored: Array<{ score: number; matched: ReadonlySet<string>; signals: RetrievalSignals }>, queryTerms: readonly string[]): void {
  const topic = scored.slice(0, TOPIC_SIZE);
  const df = new Map<string, number>();
  for (const h of topic) for (const t of h.matched) df.set(t, (df.get(t) ?? 0) + 1);
  const local = (t: string): number => idf(topic.length, df.get(t) ?? 0);
  const total = queryTerms.reduce((sum, t) => sum + local(t), 0);
  for (const h of topic) {
    let held = 0;
    for (const t of h.matched) held += local(t);
    h.signals.topicShare = held / total;
    h.score *= 0.5 + held / total;
  }
  scored.sort((x, y) => y.score - x.score);
}

/**
 * How far a question's term may be misspelt (MiniSearch's `fuzzy`): typos only where the word itself is unknown,
 * so exact matches are never drowned; one edit from four letters (`peple`), two from eight.
 */
export function typoDistance(term: string, known: boolean): number | false {
  return known || term.length < 4 ? false : term.length >= 8 ? 2 : 1;
}

/** Terms of a question's words of two or three capitals (`PM`, `UN`): abbreviations as often as names. */
function abbreviationTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .filter((word) => /^[A-Z]{2,3}[?.,!;:]*$/.test(word))
    .flatMap((word) => contentTerms(word));
}

/** Terms of the words a question capitalises mid-sentence: the names it asks about. */
export function namedTerms(query: string): string[] {
  const names: string[] = [];
  const words = query.split(/\s+/);
  words.forEach((word, i) => {
    if (i === 0 || !/^[A-Z]/.test(word)) return;
    for (const token of tokenize(word)) {
      const term = analyzeTerm(token);
      if (term) names.push(term);
    }
  });
  return names;
}
