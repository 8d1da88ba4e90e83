/**
 * Terms of like meaning (`relatedTerms.json`, written by `npm run related`): for an index term, up to six terms
 * that both a word-vector model puts near it and WordNet relates to it directly, each with the vectors' cosine
 * similarity (0.4..1). A question often says what an article says in other words (funded / financed, quit /
 * resigned, greeted / welcomed); the search matches these at a discount (`passageIndex.ts`, RELATED_WEIGHT).
 */
import related from './relatedTerms.json' with { type: 'json' };

export interface RelatedTerms {
  /** The related terms of an index term and their similarity (0..1), most similar first; empty if none. */
  of: (term: string) => ReadonlyArray<readonly [string, number]>;
}

// Each line: `term related:similarity related:similarity ...`.
const table = new Map<string, ReadonlyArray<readonly [string, number]>>(
  related.terms.map((line) => {
    const [term, ...pairs] = line.split(' ');
    return [term!, pairs.map((pair) => [pair.slice(0, pair.lastIndexOf(':')), Number(pair.slice(pair.lastIndexOf(':') + 1))] as const)];
  }),
);

export const RELATED: RelatedTerms = { of: (term) => table.get(term) ?? [] };
