/**
 * Whether a word is English as the tagger's lexicon (compromise) knows it. Loaded on first use, so a layer that
 * never asks (ingest, for most pages) never loads the tagger.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

let lexicon: Readonly<Record<string, unknown>> | undefined;

function englishLexicon(): Readonly<Record<string, unknown>> {
  const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;
  return (nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
}

/** A lower-case word and the singulars it may be the plural of (`companies` -> `company`, `witnesses` -> `witness`). */
export const singularForms = (word: string): string[] => [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];

/**
 * Whether the tagger's English lexicon knows a word, or its singular (`officials`, `witnesses`): a capitalised
 * word it does not know that opens a sentence (`Interfax said ...`) is taken for a name; a word split at a line's
 * end is joined when the joined word is one (`mis-` / `sile`).
 */
export function isKnownWord(word: string): boolean {
  lexicon ??= englishLexicon();
  const w = word.toLowerCase();
  // Own keys only: `constructor` is no entry of the lexicon, whatever its prototype holds.
  return singularForms(w).some((form) => Object.hasOwn(lexicon!, form));
}
