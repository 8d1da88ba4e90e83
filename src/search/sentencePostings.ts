/**
 * A compact inverted index of sentences (typed arrays, one posting list per term and field) that scores
 * exactly as MiniSearch 7 does (BM25+ with k 1.2, b 0.7, d 0.5; field boosts; fuzzy variants weighted
 * 0.45·len/(len+distance); the sum times the number of query terms matched). It replaces MiniSearch's
 * map-of-maps index: about a tenth of the memory, saved and loaded as raw buffers, and its posting lists
 * let a query read its rare terms first and stop early (see {@link SentencePostings.retrieve}).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { analyzeTerm, bm25Idf, tokenize } from './tokenizer.ts';
import type { BackgroundFrequency } from './backgroundFrequency.ts';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FUZZY_WEIGHT = 0.45;
/**
 * A related term (see {@link RetrieveOptions.related}) is matched at this share of its similarity (0..1): weaker
 * evidence than the word itself, as a fuzzy variant is. 0.3, chosen on train among 0.15, 0.3 and 0.5.
 */
const RELATED_WEIGHT = 0.3;
/**
 * What a question word matched only through a related term counts for in MiniSearch's multiplier by the number
 * of words matched (0..1; a word matched itself counts 1). Below 1, a few loose relations cannot outweigh the
 * question's own words; above 0, a sentence that says the whole question in other words (`its construction
 * employed 400 workers` for `how many people worked on building it`) still scores, and can be found. 0.5: train
 * p@1 71.5 / 72.7 / 72.3 at 0 / 0.5 / 1 before refitting; on the validation folds p@1 / answer / SQuAD F1 71.1 /
 * 30.1 / 51.5 at 0, 72.3 / 29.8 / 52.0 at 0.5.
 */
const RELATED_COUNT = 0.5;
/** Fields of a sentence document, in MiniSearch's order: its text, then its passage's heading. */
export const FIELD_COUNT = 2;

/** One field's posting lists in CSR form: term t's documents are `docs[offsets[t] .. offsets[t+1])`. */
export interface FieldPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Per document: its count of distinct raw tokens (MiniSearch's field length). */
  lengths: Uint32Array;
  avgLength: number;
}

/** What a search returns per sentence document, as MiniSearch's `search` did. */
export interface SentenceMatch {
  id: number;
  score: number;
  /** The (analysed) query terms the sentence holds: exactly, fuzzily or through a related term. */
  queryTerms: string[];
  /** Those of {@link queryTerms} it holds only through a related term (see {@link RetrieveOptions.related}). */
  relatedOnly?: string[];
}

export interface RetrieveOptions {
  /** Per field (text, heading). */
  boosts: readonly number[];
  /** Edit distance allowed for a query term, or false: MiniSearch's `fuzzy` option as a function. */
  fuzzy: (term: string) => number | false;
  /**
   * How many of the best sentences, by score, must be found exactly; every sentence of their passages is
   * then scored. Infinity: every sentence holding a query term (MiniSearch's exhaustive OR search).
   */
  depth: number;
  /** The documents [start, end) of the passage holding a document: a passage is scored whole or not at all. */
  passageOf: (doc: number) => readonly [number, number];
  /**
   * Only these documents are searched (a question scoped to some articles): the best `depth` are found among
   * them, not among all and then filtered, so a scope's sentences are never pruned away by others'.
   */
  accept?: ((doc: number) => boolean) | undefined;
  /** Terms of like meaning to a query term, each with its similarity (0..1): matched at a discount, as fuzzy variants are. */
  related?: ((term: string) => ReadonlyArray<readonly [string, number]>) | undefined;
}

/** A query term with what it matches: the index terms (itself and fuzzy variants) and their weights. */
interface QueryTerm {
  term: string;
  /** Positions of the term in the query (a repeated word counts again, as in MiniSearch). */
  positions: number[];
  variants: Array<{ id: number; weight: number; related?: boolean }>;
  /** The most one occurrence of the term can add to a sentence's sum. */
  bound: number;
}

export class SentencePostings {
  readonly termIds: Map<string, number>;
  private fuzzyMap: SearchableMap<number> | undefined;
  /** Per field and term: its BM25 inverse document frequency and the largest tf part over its postings. */
  private readonly idf: Float64Array[];
  private readonly maxPart: Float64Array[];
  // Reused across queries: per-document score sums and matched-term bits (cleared after each query).
  private readonly acc: Float64Array;
  private readonly mask: Uint32Array;
  // The bits of terms matched through the word itself, not a related term: what the final count is sure to hold.
  private readonly directMask: Uint32Array;
  // The current query's scope (RetrieveOptions.accept), if any.
  private accept: ((doc: number) => boolean) | undefined;

  /**
   * `background`, when given, is counted beside the sentences of the text field in its IDF (see
   * backgroundFrequency.ts); without it the scores are exactly MiniSearch's.
   */
  constructor(
    readonly terms: readonly string[],
    readonly fields: readonly FieldPostings[],
    readonly docCount: number,
    background?: BackgroundFrequency,
  ) {
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    this.idf = fields.map((f, field) => {
      const out = new Float64Array(terms.length);
      for (let t = 0; t < terms.length; t += 1) {
        const own = f.offsets[t + 1]! - f.offsets[t]!;
        // The text field's rarity counts the background sample beside the folder; the heading's, the folder alone.
        const { sentences, holding } = field === 0 && background ? background.blend(docCount, own, terms[t]!) : { sentences: docCount, holding: own };
        out[t] = bm25Idf(sentences, holding);
      }
      return out;
    });
    this.maxPart = fields.map((f) => {
      const out = new Float64Array(terms.length);
      for (let t = 0; t < terms.length; t += 1) {
        let best = 0;
        for (let p = f.offsets[t]!; p < f.offsets[t + 1]!; p += 1) best = Math.max(best, tfPart(f.tfs[p]!, f.lengths[f.docs[p]!]!, f.avgLength));
        out[t] = best;
      }
      return out;
    });
    this.acc = new Float64Array(docCount);
    this.mask = new Uint32Array(docCount);
    this.directMask = new Uint32Array(docCount);
  }

  /** How many sentence documents hold `term` in a field (0 text, 1 heading). */
  frequency(term: string, field = 0): number {
    const t = this.termIds.get(term);
    const f = this.fields[field]!;
    return t === undefined ? 0 : f.offsets[t + 1]! - f.offsets[t]!;
  }

  /**
   * The sentences that matter for a query of analysed `tokens` (stop words already dropped, repeats kept),
   * each with its exact MiniSearch score, best first.
   *
   * Max-score pruning: query terms are read rarest (highest possible contribution) first, each adding to
   * per-sentence sums. Before each term, if a sentence holding none of the terms read so far could not reach
   * the `depth`-th best sum already found, the remaining (common) terms only add to the sentences already
   * found and never bring in new ones. The best `depth` sentences are then exact, and every sentence of
   * their passages is scored exactly, so what a passage is ranked on does not depend on what was pruned.
   * Every query term that matches anywhere is held by at least one sentence returned (callers test that a
   * name the question gives appears somewhere).
   */
  retrieve(tokens: readonly string[], options: RetrieveOptions): SentenceMatch[] {
    const query = this.queryTerms(tokens, options);
    if (query.length === 0) return [];
    this.accept = options.accept;
    const byBound = [...query].sort((a, b) => b.bound * b.positions.length - a.bound * a.positions.length);
    const touched: number[] = [];
    const remainingBound = byBound.map((_, i) => {
      const rest = byBound.slice(i);
      return rest.length * rest.reduce((sum, q) => sum + q.bound * q.positions.length, 0);
    });
    // Terms from `pruneFrom` on only added to sentences already met.
    let pruneFrom = byBound.length;
    byBound.forEach((q, i) => {
      if (pruneFrom > i && Number.isFinite(options.depth) && touched.length >= options.depth && this.threshold(touched, options.depth) > remainingBound[i]!)
        pruneFrom = i;
      this.accumulate(q, termBit(i), options.boosts, touched, i < pruneFrom);
    });
    const occurrences = query.flatMap((q) => q.positions.map((position) => ({ position, q }))).sort((a, b) => a.position - b.position);
    const pruned = byBound.slice(pruneFrom);

    // The best `depth` sentences found, then their passages whole.
    const best = Number.isFinite(options.depth) && touched.length > options.depth ? this.topDocs(touched, options.depth) : touched;
    const chosen = new Set<number>();
    const matches: Array<SentenceMatch & { first: number }> = [];
    const take = (doc: number): void => {
      const [start, end] = options.passageOf(doc);
      for (let d = start; d < end; d += 1) {
        if (chosen.has(d)) continue;
        chosen.add(d);
        // A sentence never met holds no term read in full: skip it unless it holds a pruned one.
        if (this.mask[d] === 0 && !pruned.some((q) => this.holds(d, q))) continue;
        const m = this.scoreExactly(d, occurrences, options.boosts);
        if (m) matches.push(m);
      }
    };
    for (const doc of best) take(doc);
    // A term matched only outside the chosen passages is still shown to match, by its best sentence's passage.
    const held = new Set(matches.flatMap((m) => m.queryTerms));
    for (const [i, q] of byBound.entries()) {
      if (held.has(q.term)) continue;
      const bit = termBit(i);
      let top = -1;
      for (const d of touched) if (this.mask[d]! & bit && (top < 0 || this.acc[d]! > this.acc[top]!)) top = d;
      if (top < 0) top = this.firstDoc(q);
      if (top >= 0) take(top);
      held.add(q.term);
    }
    for (const d of touched) {
      this.acc[d] = 0;
      this.mask[d] = 0;
      this.directMask[d] = 0;
    }
    this.accept = undefined;

    // MiniSearch's order: by score, ties in the order the documents were first met.
    matches.sort((a, b) => b.score - a.score || a.first - b.first || a.id - b.id);
    return matches.map(({ first: _first, ...match }) => match);
  }

  /** Analysed query tokens grouped by term, each with its index variants (exact, then fuzzy as MiniSearch finds them). */
  private queryTerms(tokens: readonly string[], options: RetrieveOptions): QueryTerm[] {
    const byTerm = new Map<string, QueryTerm>();
    tokens.forEach((term, position) => {
      const known = byTerm.get(term);
      if (known) {
        known.positions.push(position);
        return;
      }
      const variants: QueryTerm['variants'] = [];
      const exact = this.termIds.get(term);
      if (exact !== undefined) variants.push({ id: exact, weight: 1 });
      const distance = options.fuzzy(term);
      if (distance) {
        for (const [variant, [id, d]] of this.fuzzy().fuzzyGet(term, distance)) {
          if (d > 0) variants.push({ id, weight: (FUZZY_WEIGHT * variant.length) / (variant.length + d) });
        }
      }
      for (const [other, similarity] of options.related?.(term) ?? []) {
        const id = this.termIds.get(other);
        if (id !== undefined && !variants.some((v) => v.id === id)) variants.push({ id, weight: RELATED_WEIGHT * similarity, related: true });
      }
      let bound = 0;
      for (const v of variants)
        for (let f = 0; f < this.fields.length; f += 1) bound += v.weight * (options.boosts[f] ?? 0) * this.idf[f]![v.id]! * this.maxPart[f]![v.id]!;
      byTerm.set(term, { term, positions: [position], variants, bound });
    });
    return [...byTerm.values()].filter((q) => q.variants.length > 0);
  }

  private fuzzy(): SearchableMap<number> {
    if (!this.fuzzyMap) {
      this.fuzzyMap = new SearchableMap<number>();
      this.terms.forEach((t, i) => this.fuzzyMap!.set(t, i));
    }
    return this.fuzzyMap;
  }

  /** Adds a term's contributions; when not `admitting`, only to documents already met. */
  private accumulate(q: QueryTerm, bit: number, boosts: readonly number[], touched: number[], admitting: boolean): void {
    const times = q.positions.length;
    for (const v of q.variants) {
      for (let f = 0; f < this.fields.length; f += 1) {
        const field = this.fields[f]!;
        const scale = v.weight * (boosts[f] ?? 0) * this.idf[f]![v.id]! * times;
        if (scale === 0) continue;
        const from = field.offsets[v.id]!;
        const to = field.offsets[v.id + 1]!;
        if (!admitting && touched.length * 16 < to - from) {
          // Few documents met, a long list: look each one up.
          for (const d of touched) {
            const p = search(field.docs, from, to, d);
            if (p >= 0) this.addTo(d, scale * tfPart(field.tfs[p]!, field.lengths[d]!, field.avgLength), v.related ? 0 : bit, bit, touched, false);
          }
          continue;
        }
        for (let p = from; p < to; p += 1) {
          const d = field.docs[p]!;
          if (!admitting && this.mask[d] === 0) continue;
          this.addTo(d, scale * tfPart(field.tfs[p]!, field.lengths[d]!, field.avgLength), v.related ? 0 : bit, bit, touched, admitting);
        }
      }
    }
  }

  private addTo(d: number, score: number, directBit: number, bit: number, touched: number[], admitting: boolean): void {
    if (this.mask[d] === 0) {
      if (!admitting || (this.accept && !this.accept(d))) return;
      touched.push(d);
    }
    this.acc[d] = this.acc[d]! + score;
    this.mask[d] = this.mask[d]! | bit;
    this.directMask[d] = this.directMask[d]! | directBit;
  }

  /** A lower bound on the `depth`-th best final score among the documents met. */
  private threshold(touched: readonly number[], depth: number): number {
    const scores = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i += 1) scores[i] = this.partialScore(touched[i]!);
    return kthLargest(scores, depth);
  }

  private topDocs(touched: readonly number[], depth: number): number[] {
    const cut = this.threshold(touched, depth);
    return touched.filter((d) => this.partialScore(d) >= cut);
  }

  /** A document's score from the terms read so far: their sum times the terms matched (related-only ones at RELATED_COUNT). */
  private partialScore(d: number): number {
    const direct = popCount(this.directMask[d]!);
    return this.acc[d]! * (direct + RELATED_COUNT * (popCount(this.mask[d]!) - direct));
  }

  private firstDoc(q: QueryTerm): number {
    for (const v of q.variants) for (const field of this.fields) if (field.offsets[v.id + 1]! > field.offsets[v.id]!) return field.docs[field.offsets[v.id]!]!;
    return -1;
  }

  private holds(doc: number, q: QueryTerm): boolean {
    for (const v of q.variants) for (const field of this.fields) if (search(field.docs, field.offsets[v.id]!, field.offsets[v.id + 1]!, doc) >= 0) return true;
    return false;
  }

  /** One document's score as MiniSearch computes it, summed in its order (query order; exact, then fuzzy; text, then heading). */
  private scoreExactly(
    doc: number,
    occurrences: ReadonlyArray<{ position: number; q: QueryTerm }>,
    boosts: readonly number[],
  ): (SentenceMatch & { first: number }) | null {
    let total = 0;
    let first = -1;
    const queryTerms: string[] = [];
    const relatedOnly: string[] = [];
    for (const { q, position } of occurrences) {
      let sum = 0;
      let hit = false;
      let direct = false;
      for (const v of q.variants) {
        for (let f = 0; f < this.fields.length; f += 1) {
          const field = this.fields[f]!;
          const p = search(field.docs, field.offsets[v.id]!, field.offsets[v.id + 1]!, doc);
          if (p < 0) continue;
          sum += v.weight * (boosts[f] ?? 0) * (this.idf[f]![v.id]! * tfPart(field.tfs[p]!, field.lengths[doc]!, field.avgLength));
          hit = true;
          if (!v.related) direct = true;
        }
      }
      if (!hit) continue;
      if (first < 0) first = position;
      total += sum;
      if (!queryTerms.includes(q.term)) {
        queryTerms.push(q.term);
        if (!direct) relatedOnly.push(q.term);
      }
    }
    if (!queryTerms.length) return null;
    // MiniSearch multiplies by the number of query terms matched; one matched only through a related term counts
    // for RELATED_COUNT of one.
    const count = queryTerms.length - relatedOnly.length + RELATED_COUNT * relatedOnly.length;
    return relatedOnly.length
      ? { id: doc, score: total * count, queryTerms, relatedOnly, first }
      : { id: doc, score: total * queryTerms.length, queryTerms, first };
  }
}

/** MiniSearch's BM25+ term-frequency part of a document `length` long (average `avgLength`) holding a term `tf` times. */
export function tfPart(tf: number, length: number, avgLength: number): number {
  return BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength));
}

/** Index of `doc` in the sorted `docs[from..to)`, or -1. */
function search(docs: Uint32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid]!;
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Matched-term bits: past 31 terms (a pasted paragraph) the last bit is shared, so counts are lower bounds. */
function termBit(i: number): number {
  return 1 << Math.min(i, 30);
}

function popCount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n += 1;
  return n;
}

/** The k-th largest value (1-based), by quickselect; the array is reordered. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i += 1;
      while (values[j]! < pivot) j -= 1;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** Builds the posting lists one sentence document at a time, tokenising each field once, as MiniSearch's `add` did. */
export class PostingsBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly fields = Array.from({ length: FIELD_COUNT }, () => ({
    term: new Growable(Uint32Array),
    doc: new Growable(Uint32Array),
    tf: new Growable(Uint16Array),
    lengths: new Growable(Uint32Array),
    avg: 0,
  }));
  private docCount = 0;
  private lastHeading: { text: string; length: number; counts: Map<number, number> } | undefined;

  /** Adds the next document (ids are 0, 1, 2 ... in the order added). */
  add(values: readonly string[]): void {
    const doc = this.docCount;
    this.docCount += 1;
    values.forEach((value, f) => {
      // A passage's heading repeats for each of its sentences: analyse it once.
      const analysed = f === 1 && this.lastHeading?.text === value ? this.lastHeading : this.analyse(value);
      if (f === 1) this.lastHeading = analysed;
      const field = this.fields[f]!;
      field.lengths.push(analysed.length);
      field.avg = (field.avg * doc + analysed.length) / (doc + 1);
      for (const [term, tf] of analysed.counts) {
        field.term.push(term);
        field.doc.push(doc);
        field.tf.push(Math.min(tf, 0xffff));
      }
    });
  }

  private analyse(text: string): { text: string; length: number; counts: Map<number, number> } {
    const tokens = tokenize(text);
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const term = analyzeTerm(token);
      if (!term) continue;
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(term, id);
        this.terms.push(term);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return { text, length: new Set(tokens).size, counts };
  }

  finish(background?: BackgroundFrequency): SentencePostings {
    const fields = this.fields.map((f): FieldPostings => {
      const terms = f.term.view();
      const offsets = new Uint32Array(this.terms.length + 1);
      for (const t of terms) offsets[t + 1] = offsets[t + 1]! + 1;
      for (let t = 0; t < this.terms.length; t += 1) offsets[t + 1] = offsets[t + 1]! + offsets[t]!;
      const next = offsets.slice(0, -1);
      const docs = new Uint32Array(terms.length);
      const tfs = new Uint16Array(terms.length);
      const docView = f.doc.view();
      const tfView = f.tf.view();
      // Counting sort by term; documents were added in order, so each list comes out sorted.
      for (let p = 0; p < terms.length; p += 1) {
        const at = next[terms[p]!]!;
        next[terms[p]!] = at + 1;
        docs[at] = docView[p]!;
        tfs[at] = tfView[p]!;
      }
      return { offsets, docs, tfs, lengths: f.lengths.view().slice(), avgLength: f.avg };
    });
    return new SentencePostings(this.terms, fields, this.docCount, background);
  }
}

type TypedArray = Uint32Array | Uint16Array;

/** A typed array that doubles as it fills. */
class Growable<T extends TypedArray> {
  private data: T;
  private size = 0;
  constructor(private readonly make: new (n: number) => T) {
    this.data = new make(1024);
  }
  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size] = value;
    this.size += 1;
  }
  view(): T {
    return this.data.subarray(0, this.size) as T;
  }
}
