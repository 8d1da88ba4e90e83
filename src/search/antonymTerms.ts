/**
 * Terms of opposite meaning (`antonymTerms.json`, written by `npm run antonyms` from WordNet's antonym pointers):
 * complexity / simplicity, largest / smallest, directly / indirectly. A question that says the one where its
 * answer's sentence says the other asks about something the text does not state (SQuAD 2.0 writes a fifth of its
 * unanswerable questions so; Rajpurkar et al. 2018): see `antonym_held` in `src/answer/answerModel.ts`.
 */
import antonyms from './antonymTerms.json' with { type: 'json' };

// Each line: `term antonym antonym ...`.
const table = new Map<string, readonly string[]>(
  antonyms.terms.map((line) => {
    const [term, ...opposites] = line.split(' ');
    return [term!, opposites];
  }),
);

/** The index terms of opposite meaning to an index term; empty if none. */
export function antonymsOf(term: string): readonly string[] {
  return table.get(term) ?? [];
}
