/**
 * How common each index term is in general English: the sentences of the Brown corpus holding it
 * (`backgroundTerms.json`, written by `npm run background`). A folder of a few articles is too small a sample
 * of the language to weigh words by alone, so the search's rarity (IDF) counts these sentences beside the
 * folder's own: `said` stays common and `foundation` rare, whatever the folder holds.
 */
import background from './backgroundTerms.json' with { type: 'json' };

export interface BackgroundFrequency {
  /** Sentences in the background sample. */
  sentences: number;
  /** Background sentences holding the term (0 for a term it lacks). */
  frequency: (term: string) => number;
}

const df = new Map<string, number>(Object.entries(background.df));

export const BACKGROUND: BackgroundFrequency = {
  sentences: background.sentences,
  frequency: (term) => df.get(term) ?? 0,
};
