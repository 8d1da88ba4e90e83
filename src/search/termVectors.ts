/**
 * Word vectors of index terms (`termVectors.json`, written by `npm run vectors`): how alike in use two terms are,
 * by the cosine of their skip-gram vectors (stuck / trapped, grandpa / grandfather; but also north / south, so
 * it grades a match and never makes one alone). A term outside the vectors' 30,000 commonest words (a name, a
 * rare word) has none and is like nothing but itself.
 */
import table from './termVectors.json' with { type: 'json' };

const dimensions = table.dimensions;
const terms = table.terms.split(' ');
const bytes = new Int8Array(Buffer.from(table.vectors, 'base64'));
const rowOf = new Map(terms.map((t, i) => [t, i]));
/** Each row's length, so a cosine is a dot product over two norms (the bytes are rounded unit vectors). */
const norms = new Float64Array(terms.length);
for (let r = 0; r < terms.length; r += 1) {
  let sum = 0;
  for (let i = r * dimensions; i < (r + 1) * dimensions; i += 1) sum += bytes[i]! * bytes[i]!;
  norms[r] = Math.sqrt(sum) || 1;
}

/** The cosine similarity of two terms' vectors (-1..1): 1 for the same term, 0 when either has no vector. */
export function termSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = rowOf.get(a);
  const y = rowOf.get(b);
  if (x === undefined || y === undefined) return 0;
  let dot = 0;
  for (let i = 0, ox = x * dimensions, oy = y * dimensions; i < dimensions; i += 1) dot += bytes[ox + i]! * bytes[oy + i]!;
  return dot / (norms[x]! * norms[y]!);
}
