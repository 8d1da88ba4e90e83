/**
 * The one scoring model of a short answer, fitted on the question bank's `train` part by `npm run fit` (which
 * writes `answerWeights.json`, where the fitted values are, with what they were fitted on). Three parts:
 * - ranking: a candidate's score is `Σ ranking_f · feature_f` over the ranking features below, fitted as a
 *   conditional logit (a softmax over each question's candidates, the right ones as the target);
 * - passage order: a passage's score is `Σ passage_f · feature_f` over the passage features, fitted the same
 *   way with the passages holding the question's evidence as the target;
 * - confidence: the chance the best candidate is right, a logistic regression over its score, its lead over
 *   the next candidate, features of the question, and whether the candidate's sentence keeps the question's
 *   numbers and negation.
 * The best candidate is offered as the short answer only when its confidence reaches the threshold, chosen on
 * `train` (`threshold` in a folder holding news reports, `threshold_reference` in one of reference texts alone): a wrong
 * short answer costs more than none (the passages are shown either way).
 *
 * Features marked "max" are measured at every place a candidate occurs among the passages found and the
 * largest value is taken; the others describe the candidate as a whole or the question.
 */
import weightsFile from './answerWeights.json' with { type: 'json' };

export interface FeatureSpec {
  name: string;
  /** What the feature measures. */
  meaning: string;
  /** Its range. */
  range: string;
}

/** Features of one occurrence of a candidate (pooled by max over its occurrences). */
export const OCCURRENCE_FEATURES = [
  { name: 'passage_score', meaning: "max: the passage's retrieval score over the best passage's", range: '0..1' },
  { name: 'passage_rank', meaning: 'max: 1 / (1 + rank of the passage among those found)', range: '0..1' },
  { name: 'passage_coverage', meaning: "max: IDF-weighted share of the question's words the passage holds", range: '0..1' },
  { name: 'best_sentence', meaning: "max: 1 when the candidate sits in its passage's best-matching sentence", range: '0/1' },
  { name: 'sentence_overlap', meaning: "max: weighted share of the question's words in the candidate's sentence (names count half)", range: '0..1' },
  {
    name: 'soft_overlap',
    meaning:
      "max: weighted share of the question's words in the candidate's sentence by degree: each counts the cosine of its word vector with its nearest word there (1 for itself; src/search/termVectors.ts), so `stuck` counts some in a sentence saying `trapped`",
    range: '0..1',
  },
  {
    name: 'type_fit',
    meaning: 'max: how plainly the candidate is of the asked type (set by its extractor: a place after in/at is 1, one mentioned in passing 0.15)',
    range: '0..1',
  },
  { name: 'novelty', meaning: "max: share of the candidate's words the question does not already say", range: '0..1' },
  { name: 'proximity', meaning: "max: nearness to the question's telling words in the sentence, 1 / (1 + 0.15 · words and breaks between)", range: '0..1.5' },
  {
    name: 'tense_agrees',
    meaning: "max: a date's tense agrees with the question's (1), is the article's own day (0.6), or disagrees (0.1); 1 for other kinds",
    range: '0.1..1',
  },
  { name: 'verb_object', meaning: "max: 1 when a noun phrase is the object of the question's own verb", range: '0/1' },
  {
    name: 'verb_complement',
    meaning:
      'max (what only): 1 when the candidate is the rest of a clause after a verb of the question (`promised Medvedev [to renounce nuclear testing]`), not a phrase of the asked kind',
    range: '0/1',
  },
  { name: 'quote_by_speaker', meaning: 'max: 1 when a quotation sits in a sentence naming the asked-about speaker', range: '0/1' },
  { name: 'window_overlap', meaning: "max: weighted share of the question's words within five words either side of the candidate", range: '0..1' },
  {
    name: 'log_product',
    meaning: 'max: log of the product of passage_score, sentence weight, type_fit, novelty, proximity and tense (the hand-made score this model replaced)',
    range: '-9..0.4',
  },
  {
    name: 'follows_match',
    meaning:
      "max (why only): 1 when the candidate's sentence is the one after its passage's best-matching sentence, or the next paragraph's first when that one ends its passage: a reason told right after what it explains",
    range: '0/1',
  },
  {
    name: 'asked_head',
    meaning:
      "max (what only): 1 when the candidate's last word is the noun the question's wh-phrase asks for (`what type of circuit` -> `Boolean circuits`) and other words come before it",
    range: '0/1',
  },
  {
    name: 'named_as_asked',
    meaning:
      'max: 1 when the candidate is a name the sentence introduces with the noun the question asks the name of (`what ship` -> `the cargo ship Ardent Fjord`, `name of the tug` -> `tug Afon Cefni`, `who was master` -> `Her master, Captain Eirik Solberg`; the noun or a related term, before it, opening it or in an apposition after it)',
    range: '0/1',
  },
  {
    name: 'copula_pair',
    meaning:
      'max (what only): 1 when the candidate sits on one side of a copula (`[X] is ...`, `... is [X]`) or after a naming verb (`is called [X]`) with a question word within six words on the other side, in its clause',
    range: '0/1',
  },
  {
    name: 'numbers_held',
    meaning: "max: share of the numbers the question writes in digits (`in 1975`) that the candidate's sentence writes too; 1 when it writes none",
    range: '0..1',
  },
  {
    name: 'negation_held',
    meaning: "max: 0 when the question is negated (`did not`, `never`) and the candidate's sentence is not, else 1",
    range: '0/1',
  },
  {
    name: 'antonym_held',
    meaning:
      "max: 0 when the candidate's sentence lacks a question word but holds its antonym (`simplicity` asked, `complexity` told; WordNet's pairs, src/search/antonymTerms.ts), else 1",
    range: '0/1',
  },
] as const satisfies readonly FeatureSpec[];

/** Features of a candidate as a whole. */
export const ANSWER_FEATURES = [
  { name: 'sources', meaning: 'log(1 + number of articles that give this answer)', range: '0.7..3' },
  { name: 'occurrences', meaning: 'log(1 + number of places it occurs among the passages found)', range: '0.7..4' },
  { name: 'answer_words', meaning: 'log(1 + words in the answer)', range: '0.7..3.5' },
  { name: 'kind_person', meaning: 'the candidate is a named person', range: '0/1' },
  { name: 'kind_group', meaning: 'an organisation or a group of people', range: '0/1' },
  { name: 'kind_place', meaning: 'a place', range: '0/1' },
  { name: 'kind_date', meaning: 'a date phrase', range: '0/1' },
  { name: 'kind_quantity', meaning: 'a quantity', range: '0/1' },
  { name: 'kind_phrase', meaning: 'a noun phrase, quotation or means phrase', range: '0/1' },
  { name: 'kind_reason', meaning: 'a reason clause', range: '0/1' },
] as const satisfies readonly FeatureSpec[];

/**
 * Features of the question, of the best candidate's lead and of what its sentence keeps of the question, which
 * set how far the best candidate is trusted (the question's are the same for every candidate of a question, so
 * they cannot rank them; `answer_numbers`, `answer_negation` and `answer_antonym` repeat three ranking features for
 * the confidence).
 */
export const CONFIDENCE_FEATURES = [
  { name: 'score', meaning: "the candidate's ranking score", range: 'any' },
  { name: 'margin', meaning: "its lead over the best other candidate's score (negative for all but the best; 3 when alone)", range: '-∞..3' },
  { name: 'top_coverage', meaning: "IDF-weighted share of the question's words the best passage holds", range: '0..1' },
  {
    name: 'dated',
    meaning:
      "the best passage's article carries a date, as a news report does and a reference text does not: the two genres' questions are not equally hard (SQuAD's unanswerables are written to trap), so the same evidence is trusted differently",
    range: '0/1',
  },
  { name: 'question_words', meaning: 'log(1 + content words in the question)', range: '0..3' },
  { name: 'candidates', meaning: 'log(1 + candidates found)', range: '0..6' },
  { name: 'type_who', meaning: 'the question asks who', range: '0/1' },
  { name: 'type_when', meaning: 'asks when', range: '0/1' },
  { name: 'type_where', meaning: 'asks where', range: '0/1' },
  { name: 'type_why', meaning: 'asks why', range: '0/1' },
  { name: 'type_what', meaning: 'asks what (or which)', range: '0/1' },
  { name: 'type_how', meaning: 'asks how, how many, how much...', range: '0/1' },
  { name: 'bare', meaning: "a bare subcommand, asking about the articles' main event", range: '0/1' },
  {
    name: 'answer_numbers',
    meaning: "the candidate's numbers_held: a number the question gives that the answer's sentence lacks is a question about something else",
    range: '0..1',
  },
  {
    name: 'answer_negation',
    meaning: "the candidate's negation_held: a negated question over a sentence that is not asks what the text does not say",
    range: '0/1',
  },
  {
    name: 'answer_antonym',
    meaning: "the candidate's antonym_held: a question that says the opposite of what the answer's sentence says asks what the text does not state",
    range: '0/1',
  },
] as const satisfies readonly FeatureSpec[];

/**
 * Features of a passage found, for the order passages are shown in (the short answer's own passage, when one
 * is offered, always comes first).
 */
export const PASSAGE_FEATURES = [
  { name: 'retrieval_score', meaning: "the search's score of the passage over the best passage's", range: '0..1' },
  { name: 'retrieval_rank', meaning: '1 / (1 + its rank in the search)', range: '0..1' },
  { name: 'coverage', meaning: "IDF-weighted share of the question's words the passage holds", range: '0..1' },
  { name: 'best_sentence_bm25', meaning: "log(1 + BM25 score of the passage's best-matching sentence)", range: '0..4' },
  { name: 'second_sentence_bm25', meaning: 'log(1 + BM25 score of its second-best sentence)', range: '0..4' },
  { name: 'type_cue', meaning: 'the passage shows the surface cue of the asked type (a date for when, a number for how many...)', range: '0/1' },
  { name: 'topic_share', meaning: "share of the question's locally telling words (rare among the passages found) that it holds", range: '0..1' },
  {
    name: 'article_coverage',
    meaning:
      "IDF-weighted share of the question's words that the passage's article holds anywhere: a passage of an article about the question, not a stray match",
    range: '0..1',
  },
  {
    name: 'article_bm25',
    meaning:
      "the BM25 score of the passage's whole article for the question (the article as one document), over the best among the passages found: an article about the question, not a long text that mentions its words",
    range: '0..1',
  },
  {
    name: 'story_share',
    meaning:
      "IDF-weighted share of the folder's main story's words (its headlines' shared words) that the passage's article holds: a question that names nothing is taken to be about the main story",
    range: '0..1',
  },
  { name: 'paragraph_lead', meaning: '1 / its paragraph number: leads tell the main story', range: '0..1' },
  { name: 'answer_mass', meaning: "the share of the candidates' softmax weight (by ranking score) whose answers occur in the passage", range: '0..1' },
] as const satisfies readonly FeatureSpec[];

export type PassageFeature = (typeof PASSAGE_FEATURES)[number]['name'];
export const PASSAGE_NAMES: readonly PassageFeature[] = PASSAGE_FEATURES.map((f) => f.name);
export type PassageVector = Record<PassageFeature, number>;

export type OccurrenceFeature = (typeof OCCURRENCE_FEATURES)[number]['name'];
export type RankingFeature = OccurrenceFeature | (typeof ANSWER_FEATURES)[number]['name'];
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number]['name'];

export const RANKING_FEATURES: readonly RankingFeature[] = [...OCCURRENCE_FEATURES.map((f) => f.name), ...ANSWER_FEATURES.map((f) => f.name)];
export const CONFIDENCE_NAMES: readonly ConfidenceFeature[] = CONFIDENCE_FEATURES.map((f) => f.name);

export interface ModelWeights {
  /** Ranking: a candidate's score is `Σ ranking_f · feature_f` (fitted as a softmax over each question's candidates). */
  ranking: Record<RankingFeature, number>;
  /** Confidence: the chance the best candidate is right is `logistic(bias + Σ confidence_f · feature_f)`. */
  confidence: { bias: number; weights: Record<ConfidenceFeature, number> };
  /** Passage order: a passage's score is `Σ passage_f · feature_f` (a softmax over each question's passages). */
  passage: Record<PassageFeature, number>;
  /** Offer a short answer only at this confidence or above (0..1), in a folder that holds news reports (see AnswerEngine.reports). */
  threshold: number;
  /**
   * The same in a folder of reference texts alone (an encyclopedia's articles: no date, publisher or byline): chosen on those
   * train questions alone, as the share of questions such texts leave unanswered, and so the cost of offering,
   * differs by genre. Absent: `threshold`.
   */
  threshold_reference?: number;
  /** How the weights were made: what they were fitted on and what they scored. */
  fitted: Record<string, unknown>;
}

const zeros = <K extends string>(names: readonly K[]): Record<K, number> => Object.fromEntries(names.map((n) => [n, 0])) as Record<K, number>;

/** The fitted model; a feature the file lacks (a model fitted before the feature existed) weighs 0. */
export const MODEL: ModelWeights = {
  ...weightsFile,
  ranking: { ...zeros(RANKING_FEATURES), ...weightsFile.ranking },
  passage: { ...zeros(PASSAGE_NAMES), retrieval_score: 1, ...('passage' in weightsFile ? weightsFile.passage : {}) },
  confidence: { bias: weightsFile.confidence.bias, weights: { ...zeros(CONFIDENCE_NAMES), ...weightsFile.confidence.weights } },
};

export type RankingVector = Record<RankingFeature, number>;
export type ConfidenceVector = Record<ConfidenceFeature, number>;

/** A candidate's ranking score. */
export function rankingScore(x: RankingVector, model: ModelWeights = MODEL): number {
  let s = 0;
  for (const name of RANKING_FEATURES) s += model.ranking[name] * x[name];
  return s;
}

/** The occurrence part of the ranking score alone: which of a candidate's occurrences is quoted. */
export function occurrenceScore(x: Record<OccurrenceFeature, number>, model: ModelWeights = MODEL): number {
  let s = 0;
  for (const f of OCCURRENCE_FEATURES) s += model.ranking[f.name] * x[f.name];
  return s;
}

/** The most a candidate's lead over its best rival counts for, and the lead of a candidate with no rival. */
export const LONE_MARGIN = 3;

/** A candidate's lead over its best rival (the best other candidate's score, if any). */
export function leadOver(score: number, rival: number | undefined): number {
  return rival === undefined ? LONE_MARGIN : Math.min(LONE_MARGIN, score - rival);
}

/** The confidence at which a best candidate is offered: `threshold` in a folder holding news reports, else `threshold_reference`. */
export function thresholdFor(reports: boolean, model: ModelWeights = MODEL): number {
  return reports ? model.threshold : (model.threshold_reference ?? model.threshold);
}

/** The chance a candidate is right (0..1). */
export function confidenceOf(x: ConfidenceVector, model: ModelWeights = MODEL): number {
  let s = model.confidence.bias;
  for (const name of CONFIDENCE_NAMES) s += model.confidence.weights[name] * x[name];
  return 1 / (1 + Math.exp(-s));
}

/**
 * A candidate whose `type_fit` is below this is not of the asked kind (a count of workers for `how long did it
 * take`, a hospital for `what were they treated for`): its passages are shown, but it is never offered as the
 * short answer, whatever its confidence. 0.5 is the middle of the extractors' scale: at or above it a candidate
 * is of the asked type, below it a stand-in (a count in another unit 0.4, a place mentioned in passing 0.15).
 * `npm run fit` chooses the threshold on what is offered, so with this rule. On train when added it changed 7
 * questions of 1,121: among the news corpora 3 wrong answers and 1 right one withheld; among SQuAD's, an
 * unanswerable question left unanswered, a wrong and a right answer withheld.
 */
export const MIN_TYPE_FIT = 0.5;

/** Whether a candidate may be offered as the short answer at all (see MIN_TYPE_FIT). */
export function isOfAskedType(features: Readonly<Pick<Record<RankingFeature, number>, 'type_fit'>>): boolean {
  return features.type_fit >= MIN_TYPE_FIT;
}

/** A passage's score for the order passages are shown in. */
export function passageScore(x: PassageVector, model: ModelWeights = MODEL): number {
  let s = 0;
  for (const name of PASSAGE_NAMES) s += model.passage[name] * x[name];
  return s;
}
