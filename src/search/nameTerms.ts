/**
 * Terms that in English are only ever part of a proper name (`nameTerms.json`, written by `npm run names` from
 * WordNet's instance synsets): `eiffel`, `everest`, `pyongyang`. A question typed in lower case (`where is the
 * eiffel tower`) still names something, and a name no article mentions means the articles are about something else.
 */
import names from './nameTerms.json' with { type: 'json' };

const table = new Set<string>(names.terms);

/** Whether an index term is only ever part of a proper name. */
export function isNameTerm(term: string): boolean {
  return table.has(term);
}
