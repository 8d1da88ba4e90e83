/**
 * The order passages are shown in: each passage found is scored by the answer model's passage weights, from
 * what the search measured of it and from how much of the candidates' weight its answers carry.
 */
import { scoreShare, type PassageHit } from '../search/passageIndex.ts';
import { MODEL, passageScore, type ModelWeights, type PassageVector } from './answerModel.ts';
import type { RankedAnswer } from './mergeCandidates.ts';

/** What is measured of a hit's whole article (memoised per article by the engine). */
export interface ArticleMeasures {
  /** The IDF-weighted share of the question's words the article holds anywhere (0..1). */
  coverage: (hit: PassageHit) => number;
  /** The article's BM25 score for the question as one document (0..). */
  relevance: (hit: PassageHit) => number;
  /** The share of the main story's words the article holds (0..1). */
  storyShare: (hit: PassageHit) => number;
}

/** The passage features of every hit, in the hits' order. */
export function passageFeatures(hits: readonly PassageHit[], ranked: readonly RankedAnswer[], article: ArticleMeasures): PassageVector[] {
  const top = hits[0];
  if (!top) return [];
  const relevance = hits.map((h) => article.relevance(h));
  const bestRelevance = Math.max(...relevance, 1e-9);
  // Softmax over the candidates' ranking scores: how much of the answer's likely weight sits in each passage.
  const max = Math.max(...ranked.map((r) => r.score), 0);
  const weights = ranked.map((r) => Math.exp(r.score - max));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const ranks = tiedRanks(hits);
  return hits.map((hit, i) => {
    const rank = ranks[i]!;
    let mass = 0;
    ranked.forEach((r, i) => {
      if (r.hits.has(hit)) mass += weights[i]! / total;
    });
    return {
      retrieval_score: scoreShare(hit, top),
      retrieval_rank: 1 / (1 + rank),
      coverage: hit.coverage,
      best_sentence_bm25: Math.log(1 + hit.signals.bestSentence),
      second_sentence_bm25: Math.log(1 + hit.signals.secondSentence),
      type_cue: hit.signals.typeCue ? 1 : 0,
      topic_share: hit.signals.topicShare,
      article_coverage: article.coverage(hit),
      article_bm25: relevance[i]! / bestRelevance,
      story_share: article.storyShare(hit),
      paragraph_lead: 1 / hit.passage.paragraph,
      answer_mass: mass,
    };
  });
}

/**
 * Each hit's place in the order given, where hits the search scored alike share the first of their places:
 * which of two equal reports was listed first says nothing about either.
 */
export function tiedRanks(hits: readonly PassageHit[]): number[] {
  return hits.map((hit, i) => {
    const first = hits.findIndex((h) => h.score === hit.score);
    return first >= 0 && first < i ? first : i;
  });
}

/** The hits, best first by the model (ties keep the search's order). */
export function rankPassages(
  hits: readonly PassageHit[],
  ranked: readonly RankedAnswer[],
  article: ArticleMeasures,
  model: ModelWeights = MODEL,
): PassageHit[] {
  const features = passageFeatures(hits, ranked, article);
  return hits
    .map((hit, i) => ({ hit, i, s: passageScore(features[i]!, model) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.hit);
}
