/**
 * How common each index term is in general English: the sentences of the Brown corpus holding it
 * (`backgroundTerms.json`, written by `npm run background`). A folder of a few articles is too small a sample
 * of the language to weigh words by alone, so the search's rarity (IDF) counts these sentences beside the
 * folder's own: `said` stays common and `foundation` rare, whatever the folder holds. Counted whole beside a small
 * folder, though, they would drown it: the ship's name in every paragraph of a folder about one ferry fire
 * would weigh as much as `captain`, which one paragraph holds. So a folder counts at most
 * {@link BACKGROUND_RATIO} times its own sentences of the sample, scaled down evenly.
 */
import background from './backgroundTerms.json' with { type: 'json' };

export interface BackgroundFrequency {
  /** Sentences in the background sample. */
  sentences: number;
  /** Background sentences holding the term (0 for a term it lacks). */
  frequency: (term: string) => number;
  /**
   * A folder's counts with the sample's beside them, for an IDF: its `sentences` and the `holding` of them
   * that hold `term`, each plus the sample's, scaled to the share counted beside a folder that size.
   */
  blend: (sentences: number, holding: number, term: string) => { sentences: number; holding: number };
}

/**
 * The most background sentences counted per sentence of the folder (a folder of 1,751 sentences or more counts the
 * whole sample). 30, chosen on the validation folds (`npm run fit:folds`, p@1 / answer / SQuAD F1) among the
 * whole sample always (72.3 / 29.8 / 52.0), 3 (72.5 / 29.0 / 52.6), 10 (73.0 / 30.3 / 51.2) and 30 (73.2 / 30.4 / 51.9).
 */
const BACKGROUND_RATIO = 30;

const df = new Map<string, number>(Object.entries(background.df));

export const BACKGROUND: BackgroundFrequency = {
  sentences: background.sentences,
  frequency: (term) => df.get(term) ?? 0,
  blend: (sentences, holding, term) => {
    const share = Math.min(1, (BACKGROUND_RATIO * sentences) / background.sentences);
    return { sentences: sentences + background.sentences * share, holding: holding + (df.get(term) ?? 0) * share };
  },
};
