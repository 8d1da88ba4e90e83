/**
 * An AnswerEngine as named pieces (JSON text, v8-serialised values, raw typed arrays) and back, without
 * deriving anything again. Every own field of the engine and of its index's state is saved: the articles
 * once (shared by reference), the passage index and its posting lists by their own codecs, and any other
 * field, generically, as v8 serialised plain data (a field added later is saved with no change here,
 * unless it holds a class instance, which is refused at save time with the field's name).
 */
import v8 from 'node:v8';
import { AnswerEngine } from '../answer/answerEngine.ts';
import type { Article, Passage } from '../ingest/types.ts';
import type { SentenceSpan } from '../search/tokenizer.ts';
import { type IndexedPassage, type IndexState, PassageIndex } from '../search/passageIndex.ts';
import { type FieldPostings, SentencePostings } from '../search/sentencePostings.ts';
import { BACKGROUND } from '../search/backgroundFrequency.ts';

/** Raw arrays of a snapshot: the store writes each to its own file. */
export type TypedArray = Uint32Array | Uint16Array;

/** A saved engine: small JSON-able facts, text chunks, v8-serialised values and raw arrays, by name. */
export interface EnginePieces {
  meta: {
    engineFields: string[];
    indexFields: string[];
    passageCount: number;
    sentenceCount: number;
    docCount: number;
    avgLengths: number[];
  };
  json: Map<string, string>;
  values: Map<string, Buffer>;
  arrays: Map<string, TypedArray>;
}

/** Articles per chunk: no single buffer comes near a size limit however large the folder. */
const ARTICLES_PER_CHUNK = 500;
const SENTENCE_KEYS = 'end,start,text';
const PASSAGE_KEYS = 'article,cues,passage,sentences';

export function encodeEngine(engine: AnswerEngine): EnginePieces {
  const json = new Map<string, string>();
  const values = new Map<string, Buffer>();
  const arrays = new Map<string, TypedArray>();
  const articles = engine.articles;
  // v8 rather than JSON: whatever fields an article gains (dates, undefined, maps) come back as they were.
  for (let i = 0; i < articles.length; i += ARTICLES_PER_CHUNK)
    values.set(`articles-${i / ARTICLES_PER_CHUNK}`, plainValue(articles.slice(i, i + ARTICLES_PER_CHUNK), 'the articles'));

  const engineFields: string[] = [];
  let indexFields: string[] = [];
  let counts = { passageCount: 0, sentenceCount: 0, docCount: 0, avgLengths: [] as number[] };
  for (const [key, value] of Object.entries(engine)) {
    engineFields.push(key);
    if (key === 'articles') continue;
    if (value instanceof PassageIndex) {
      const state = value.toState();
      indexFields = Object.keys(state);
      for (const [field, fieldValue] of Object.entries(state)) {
        if (field === 'passages') counts = { ...counts, ...encodePassages(state.passages, articles, arrays) };
        else if (fieldValue instanceof SentencePostings) counts = { ...counts, ...encodePostings(fieldValue, json, arrays) };
        else values.set(`index.${field}`, plainValue(fieldValue, `PassageIndex state field "${field}"`));
      }
    } else values.set(`engine.${key}`, plainValue(value, `AnswerEngine field "${key}"`));
  }
  return { meta: { engineFields, indexFields, ...counts }, json, values, arrays };
}

/** The saved articles alone (each chunk's bytes dropped once read). */
export function decodeArticles(pieces: EnginePieces): Article[] {
  const articles: Article[] = [];
  for (let i = 0; pieces.values.has(`articles-${i}`); i += 1) {
    for (const a of v8.deserialize(pieces.values.get(`articles-${i}`)!) as Article[]) articles.push(a);
    pieces.values.delete(`articles-${i}`);
  }
  return articles;
}

export function decodeEngine(pieces: EnginePieces): AnswerEngine {
  const { meta, json, values, arrays } = pieces;
  const articles = decodeArticles(pieces);
  const state: Record<string, unknown> = {};
  for (const field of meta.indexFields) {
    if (field === 'passages') state[field] = decodePassages(articles, arrays, meta.passageCount, meta.sentenceCount);
    else if (field === 'search') state[field] = decodePostings(json, arrays, meta.docCount, meta.avgLengths);
    else state[field] = v8.deserialize(need(values, `index.${field}`));
  }
  // An engine over no articles gives every field its initial value; the saved ones then replace theirs.
  const engine = new AnswerEngine([]);
  const fields: Record<string, unknown> = {};
  for (const key of meta.engineFields) {
    if (key === 'articles') fields[key] = articles;
    else if (key === 'index') fields[key] = PassageIndex.fromState(state as unknown as IndexState);
    else fields[key] = v8.deserialize(need(values, `engine.${key}`));
  }
  const missing = Object.keys(engine).filter((k) => !(k in fields));
  if (missing.length) throw new Error(`snapshot lacks engine field(s) ${missing.join(', ')}`);
  return Object.assign(engine, fields);
}

function encodePassages(
  passages: readonly IndexedPassage[],
  articles: readonly Article[],
  arrays: Map<string, TypedArray>,
): { passageCount: number; sentenceCount: number } {
  const where = new Map<Passage, [number, number]>();
  articles.forEach((a, i) => a.passages.forEach((p, j) => where.set(p, [i, j])));
  const refs = new Uint32Array(passages.length * 2);
  const cues = new Uint32Array(passages.length);
  const counts = new Uint32Array(passages.length);
  const sentenceCount = passages.reduce((n, e) => n + e.sentences.length, 0);
  const spans = new Uint32Array(sentenceCount * 2);
  let s = 0;
  // A field added to indexed passages or sentences is on every one of them: the first tells.
  const [sample] = passages;
  if (sample && Object.keys(sample).sort().join() !== PASSAGE_KEYS)
    throw new Error(`an indexed passage has fields ${Object.keys(sample).join(', ')}: save the new ones in engineCodec.ts`);
  const span = sample?.sentences[0];
  if (span && Object.keys(span).sort().join() !== SENTENCE_KEYS)
    throw new Error(`a sentence has fields ${Object.keys(span).join(', ')}: save the new ones in engineCodec.ts`);
  passages.forEach((entry, i) => {
    const at = where.get(entry.passage);
    if (!at || articles[at[0]] !== entry.article) throw new Error("an indexed passage is not one of the engine's articles' passages");
    refs.set(at, i * 2);
    cues[i] = entry.cues;
    counts[i] = entry.sentences.length;
    for (const span of entry.sentences) {
      if (span.text !== entry.passage.text.slice(span.start, span.end))
        throw new Error('a sentence is not a slice of its passage: save its text in engineCodec.ts');
      spans[s * 2] = span.start;
      spans[s * 2 + 1] = span.end;
      s += 1;
    }
  });
  arrays.set('passages.refs', refs).set('passages.cues', cues).set('passages.sentenceCounts', counts).set('passages.spans', spans);
  return { passageCount: passages.length, sentenceCount };
}

function decodePassages(articles: readonly Article[], arrays: Map<string, TypedArray>, passageCount: number, sentenceCount: number): IndexedPassage[] {
  const refs = need(arrays, 'passages.refs');
  const cues = need(arrays, 'passages.cues');
  const counts = need(arrays, 'passages.sentenceCounts');
  const spans = need(arrays, 'passages.spans');
  if (refs.length !== passageCount * 2 || cues.length !== passageCount || counts.length !== passageCount || spans.length !== sentenceCount * 2)
    throw new Error('passage arrays of the wrong length');
  const out: IndexedPassage[] = [];
  let s = 0;
  for (let i = 0; i < passageCount; i += 1) {
    const article = articles[refs[i * 2]!];
    const passage = article?.passages[refs[i * 2 + 1]!];
    if (!article || !passage) throw new Error('a passage refers to no saved article');
    const sentences: SentenceSpan[] = [];
    for (let k = 0; k < counts[i]!; k += 1, s += 1) {
      const start = spans[s * 2]!;
      const end = spans[s * 2 + 1]!;
      if (end > passage.text.length || start > end) throw new Error('a sentence lies outside its passage');
      sentences.push({ start, end, text: passage.text.slice(start, end) });
    }
    out.push({ passage, article, sentences, cues: cues[i]! });
  }
  return out;
}

function encodePostings(postings: SentencePostings, json: Map<string, string>, arrays: Map<string, TypedArray>): { docCount: number; avgLengths: number[] } {
  json.set('postings.terms', JSON.stringify(postings.terms));
  postings.fields.forEach((f, i) => {
    arrays.set(`postings.${i}.offsets`, f.offsets).set(`postings.${i}.docs`, f.docs).set(`postings.${i}.tfs`, f.tfs).set(`postings.${i}.lengths`, f.lengths);
  });
  return { docCount: postings.docCount, avgLengths: postings.fields.map((f) => f.avgLength) };
}

function decodePostings(json: Map<string, string>, arrays: Map<string, TypedArray>, docCount: number, avgLengths: readonly number[]): SentencePostings {
  const terms = JSON.parse(need(json, 'postings.terms')) as string[];
  const fields = avgLengths.map((avgLength, i): FieldPostings => {
    const field = {
      offsets: need(arrays, `postings.${i}.offsets`) as Uint32Array,
      docs: need(arrays, `postings.${i}.docs`) as Uint32Array,
      tfs: need(arrays, `postings.${i}.tfs`) as Uint16Array,
      lengths: need(arrays, `postings.${i}.lengths`) as Uint32Array,
      avgLength,
    };
    if (
      field.offsets.length !== terms.length + 1 ||
      field.offsets[terms.length] !== field.docs.length ||
      field.tfs.length !== field.docs.length ||
      field.lengths.length !== docCount
    )
      throw new Error('posting arrays of the wrong length');
    for (const d of field.docs) if (d >= docCount) throw new Error('a posting names no sentence');
    return field;
  });
  return new SentencePostings(terms, fields, docCount, BACKGROUND);
}

/** v8 keeps Maps, Sets, typed arrays and shared references, but not classes: those need a codec of their own. */
function plainValue(value: unknown, name: string): Buffer {
  const check = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 3) return;
    const proto = Object.getPrototypeOf(v) as object | null;
    const plain =
      proto === null || proto === Object.prototype || Array.isArray(v) || v instanceof Map || v instanceof Set || ArrayBuffer.isView(v) || v instanceof Date;
    if (!plain) throw new Error(`${name} holds a ${v.constructor?.name ?? 'class'} instance: give it a codec in engineCodec.ts`);
    const items =
      v instanceof Map ? [...v.values()].slice(0, 20) : v instanceof Set ? [...v].slice(0, 20) : ArrayBuffer.isView(v) ? [] : Object.values(v).slice(0, 20);
    for (const item of items) check(item, depth + 1);
  };
  if (typeof value === 'function') throw new Error(`${name} is a function: it cannot be saved`);
  check(value, 0);
  return v8.serialize(value);
}

function need<K, V>(map: Map<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`snapshot lacks ${String(key)}`);
  return v;
}
