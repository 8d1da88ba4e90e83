import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, numberWrittenOtherwise } from '../src/shared/lexicon.ts';

describe('numberWrittenOtherwise', () => {
  it('gives a number from two to twenty the other way it is written', () => {
    expect(numberWrittenOtherwise('17')).toBe('seventeen');
    expect(numberWrittenOtherwise('Seventeen')).toBe('17');
    expect(numberWrittenOtherwise('two')).toBe('2');
    expect(numberWrittenOtherwise('20')).toBe('twenty');
    expect(NUMBER_WORDS.length).toBe(21);
  });

  it('leaves out one (a pronoun as often as a number), numbers past twenty and words that are not numbers', () => {
    for (const word of ['one', '1', '0', '21', '2019', 'tenth', 'often', '']) expect(numberWrittenOtherwise(word)).toBeUndefined();
  });
});
