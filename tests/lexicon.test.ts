import { describe, expect, it } from 'vitest';
import { eitherCase, NUMBER_WORDS, numberWrittenOtherwise } from '../src/shared/lexicon.ts';

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

describe('eitherCase', () => {
  it('matches a word opening a sentence or inside one, and leaves a capitalised name after it to `\\p{Lu}`', () => {
    const sharedFrom = new RegExp(String.raw`^(?:${eitherCase('shared', 'sent')}) from (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)$`, 'u');
    expect(sharedFrom.exec('Shared from Apple News')?.[1]).toBe('Apple News');
    expect(sharedFrom.exec('sent from Outlook')?.[1]).toBe('Outlook');
    // What the `i` flag would have let through: a lower-case phrase taken for a name.
    expect(sharedFrom.test('Sent from my phone')).toBe(false);
    expect(sharedFrom.test('SENT from Outlook')).toBe(false);
  });
});
