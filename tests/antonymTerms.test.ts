import { describe, expect, it } from 'vitest';
import { antonymsOf } from '../src/search/antonymTerms.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';

const term = (word: string): string => analyzeTerm(word)!;

describe('antonym terms', () => {
  it.each([
    ['complexity', 'simplicity'],
    ['largest', 'smallest'],
    ['directly', 'indirectly'],
    ['accept', 'reject'],
    ['north', 'south'],
  ])('relates %s and %s both ways, as the index stems them', (a, b) => {
    expect(antonymsOf(term(a))).toContain(term(b));
    expect(antonymsOf(term(b))).toContain(term(a));
  });

  it('relates no word to itself and knows nothing of words without antonyms', () => {
    expect(antonymsOf(term('bridge'))).toEqual([]);
    expect(antonymsOf('not-a-term')).toEqual([]);
    expect(antonymsOf(term('large'))).not.toContain(term('large'));
  });
});
