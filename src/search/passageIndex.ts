/**
 * The MiniSearch index over every sentence of every passage, and the passage ranking built on it.
 * Sentences are the unit searched (a question is usually answered by one); passages are the unit shown.
 */
import MiniSearch from 'minisearch';
import type { Article, Passage } from '../ingest/types.ts';
import { splitSentences, type SentenceSpan } from '../ingest/splitSentences.ts';
import { QUESTION_TYPES, type QuestionType } from '../answer/questionType.ts';
import { analyzeTerm, contentTerms, tokenize } from './analyzeText.ts';
import { typeSignal } from './typeSignals.ts';

interface SentenceDoc {
  id: number;
  passageId: string;
  sentence: number;
  text: string;
  heading: string;
}

export interface IndexedPassage {
  passage: Passage;
  article: Article;
  sentences: SentenceSpan[];
  /** Question types whose surface cue the passage shows (computed once, at build). */
  cues: ReadonlySet<QuestionType>;
}

export interface PassageHit extends IndexedPassage {
  score: number;
  /** IDF-weighted share of the question's content terms that the passage holds (0..1). */
  coverage: number;
  /** Index of the sentence that matched best. */
  bestSentence: number;
}

export interface SearchOptions {
  type?: QuestionType | undefined;
  limit?: number;
}

/** Below this share of the question's meaning (by IDF), the articles are taken not to answer it. */
export const MIN_COVERAGE = 0.42;
/** Fuzzy matches count for less: a near spelling is weaker evidence than the word itself. */
const FUZZY_CREDIT = 0.7;
const TYPE_BOOST = 0.25;

export class PassageIndex {
  readonly passages: IndexedPassage[];
  private readonly byId = new Map<string, IndexedPassage>();
  private readonly search: MiniSearch<SentenceDoc>;
  private readonly sentenceDocFreq = new Map<string, number>();
  private readonly sentenceCount: number;

  constructor(articles: readonly Article[]) {
    this.passages = [];
    const docs: SentenceDoc[] = [];
    for (const article of articles) {
      for (const passage of article.passages) {
        const sentences = splitSentences(passage.text);
        const cues = new Set(QUESTION_TYPES.filter((t) => typeSignal(t, passage.text)));
        const entry: IndexedPassage = { passage, article, sentences, cues };
        this.passages.push(entry);
        this.byId.set(passage.id, entry);
        for (const [i, s] of sentences.entries()) {
          docs.push({ id: docs.length, passageId: passage.id, sentence: i, text: s.text, heading: passage.heading ?? '' });
          for (const term of new Set(contentTerms(s.text))) this.sentenceDocFreq.set(term, (this.sentenceDocFreq.get(term) ?? 0) + 1);
        }
      }
    }
    this.sentenceCount = docs.length;
    this.search = new MiniSearch<SentenceDoc>({
      fields: ['text', 'heading'],
      storeFields: ['passageId', 'sentence'],
      tokenize,
      processTerm: (term) => analyzeTerm(term),
    });
    this.search.addAll(docs);
  }

  get(id: string): IndexedPassage | undefined {
    return this.byId.get(id);
  }

  /** How rare a term is among sentences; a term no sentence holds weighs most. */
  idf(term: string): number {
    const df = this.sentenceDocFreq.get(term) ?? 0;
    return Math.log(1 + (this.sentenceCount + 1) / (df + 0.5));
  }

  hasTerm(term: string): boolean {
    return this.sentenceDocFreq.has(term);
  }

  /** Passages that answer `query`, best first; empty when the articles do not cover it. */
  find(query: string, options: SearchOptions = {}): PassageHit[] {
    const limit = options.limit ?? 3;
    const queryTerms = [...new Set(contentTerms(query))];
    if (queryTerms.length === 0) return [];
    const results = this.search.search(query, {
      boost: { text: 1, heading: 0.3 },
      // Typos only where the word itself is unknown, so exact matches are never drowned.
      fuzzy: (term) => (this.hasTerm(term) || term.length < 5 ? false : term.length >= 8 ? 2 : 1),
      combineWith: 'OR',
    });

    // A name the question gives that no article mentions, even misspelt, means the articles are about something else.
    const matchedAnywhere = new Set(results.flatMap((r) => r.queryTerms));
    if (namedTerms(query).some((t) => !matchedAnywhere.has(t))) return [];

    const byPassage = new Map<string, { scores: number[]; matched: Set<string>; best: number; bestScore: number }>();
    for (const r of results) {
      const passageId = r['passageId'] as string;
      const entry = this.byId.get(passageId);
      if (!entry) continue;
      let agg = byPassage.get(passageId);
      if (!agg) byPassage.set(passageId, (agg = { scores: [], matched: new Set(), best: 0, bestScore: -1 }));
      agg.scores.push(r.score);
      for (const t of r.queryTerms) agg.matched.add(t);
      if (r.score > agg.bestScore) {
        agg.bestScore = r.score;
        agg.best = r['sentence'] as number;
      }
    }

    const weights = new Map(queryTerms.map((t) => [t, this.idf(t)]));
    const totalWeight = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const hits: PassageHit[] = [];
    for (const [passageId, agg] of byPassage) {
      const entry = this.byId.get(passageId)!;
      const sorted = agg.scores.sort((a, b) => b - a);
      let covered = 0;
      for (const t of agg.matched) covered += (weights.get(t) ?? this.idf(t)) * (this.hasTerm(t) ? 1 : FUZZY_CREDIT);
      const coverage = Math.min(1, covered / totalWeight);
      let score = (sorted[0] ?? 0) + 0.3 * (sorted[1] ?? 0);
      score *= 0.5 + coverage;
      if (options.type && entry.cues.has(options.type)) score *= 1 + TYPE_BOOST;
      hits.push({ ...entry, score, coverage, bestSentence: agg.best });
    }
    hits.sort((a, b) => b.score - a.score);
    const top = hits[0];
    if (!top || top.coverage < MIN_COVERAGE) return [];
    return hits.filter((h) => h.coverage >= MIN_COVERAGE / 2 && h.score >= top.score * 0.25).slice(0, limit);
  }
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
