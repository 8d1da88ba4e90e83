import { describe, expect, it } from 'vitest';
import { isNameTerm } from '../src/search/nameTerms.ts';
import { analyzeTerm } from '../src/search/tokenizer.ts';

const term = (word: string): string => analyzeTerm(word)!;

describe('name terms', () => {
  it.each(['eiffel', 'everest', 'pyongyang', 'vladivostok'])('knows %s as only ever part of a name', (word) => {
    expect(isNameTerm(term(word))).toBe(true);
  });

  it.each(['tower', 'frontier', 'grandpa', 'tesla', 'monday', 'russian', 'summit'])('does not take %s, an ordinary word too, for a name', (word) => {
    expect(isNameTerm(term(word))).toBe(false);
  });
});
