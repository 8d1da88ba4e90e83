/**
 * Reads the best passages' sentences for candidate answers and scores each occurrence of a candidate with the
 * answer model's occurrence features (overlap with the question, proximity, type fit, tense, ...); the
 * occurrences of one answer are then merged and ranked (mergeCandidates.ts).
 */
import { extractCandidates, type SpanCandidate } from './extractCandidates.ts';
import type { QuestionCues } from './questionCues.ts';
import { mergeOccurrences, type Occurrence, type QuestionFeatures, type RankedAnswer } from './mergeCandidates.ts';
import { FUTURE } from './resolveDate.ts';
import { sentenceTokens, endsClause, isCapitalized, type Token } from './sentenceTokens.ts';
import { contentTerms } from '../search/tokenizer.ts';
import { parseDateline } from '../ingest/parseDateline.ts';
import { scoreShare, type IndexedPassage, type PassageHit } from '../search/passageIndex.ts';
import { antonymsOf } from '../search/antonymTerms.ts';
import { termSimilarity } from '../search/termVectors.ts';
import { RELATED } from '../search/relatedTerms.ts';
import type { Passage } from '../ingest/types.ts';
import { tiedRanks } from './rankPassages.ts';
import { COPULAS, digitNumbers, NAMING_VERBS, NEGATION, TITLES } from '../shared/lexicon.ts';
import type { QuestionType } from '../shared/questionType.ts';
import { matchesQuestion, sameWordFamily } from './wordFamily.ts';
import { MODEL, occurrenceScore, type ModelWeights, type OccurrenceFeature } from './answerModel.ts';

const HITS_CONSIDERED = 12;
/** The window around a candidate in which question words count for `window_overlap`: about five words. */
const WINDOW_CHARS = 30;
/** A bare question's words are the main event's: names in it are answers, not words to trim away. */
const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * How close a candidate sits to the question's words in its sentence (0..1): content words between
 * them and clause breaks push it away, and nearness to a rare question word counts most.
 */
function proximity(sentence: string, c: SpanCandidate, cues: QuestionCues): number {
  const questionTerms = cues.terms;
  const tokens = sentenceTokens(sentence);
  const maxWeight = cues.maxWeight;
  let best = (1 / (1 + 0.15 * 12)) * 0.5;
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start < c.end && t.end > c.start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return best;
  const { content, breaks } = distancePrefixes(tokens);
  // Only question words within reach: a far one adds nothing, and a sentence may be a whole run-on paragraph.
  const from = Math.max(0, first - PROXIMITY_REACH);
  const to = Math.min(tokens.length - 1, last + PROXIMITY_REACH);
  for (let i = from; i <= to; i += 1) {
    const t = tokens[i]!;
    if (!t.term || !matchesQuestion(t.term, questionTerms)) continue;
    const weight = 0.2 + (0.8 * cues.weight(t.term)) / maxWeight;
    // `four meetings` for `how many times ... met`: the counted thing is inside the quantity.
    if (i >= first && i <= last) {
      if (c.kind === 'quantity') best = Math.max(best, 1.5 * weight);
      continue;
    }
    const lo = Math.min(i, first);
    const hi = Math.max(i, last);
    // Content words strictly between them, and clause breaks from one to the other.
    const d = content[hi]! - content[lo + 1]! + breaks[hi]! - breaks[lo]!;
    best = Math.max(best, weight / (1 + 0.15 * d));
  }
  return best;
}

/** How many sentences either side of a passage's best one are read for candidates. */
const SENTENCE_REACH = 8;
/** How many tokens either side of a candidate question words are looked for. */
const PROXIMITY_REACH = 60;

const prefixes = new WeakMap<readonly Token[], { content: number[]; breaks: number[] }>();

/**
 * Running counts over a sentence's tokens, so any distance is two subtractions: `content[k]`, the content
 * words before token k; `breaks[k]`, the break cost after tokens before k (3 for `. ; : ! ? ( )`, 1 for a
 * clause's end).
 */
function distancePrefixes(tokens: readonly Token[]): { content: number[]; breaks: number[] } {
  let p = prefixes.get(tokens);
  if (!p) {
    const content = [0];
    const breaks = [0];
    tokens.forEach((t, k) => {
      content.push(content[k]! + (t.term ? 1 : 0));
      breaks.push(breaks[k]! + (/[.;:!?()]/.test(t.post) ? 3 : endsClause(t) ? 1 : 0));
    });
    prefixes.set(tokens, (p = { content, breaks }));
  }
  return p;
}

function speakerNamed(sentence: string, names: ReadonlySet<string>): boolean {
  return sentenceTokens(sentence).some((t) => t.term !== null && names.has(t.term));
}

/** `wearing [a long black coat]`, `appealed for [the lifting of sanctions]`: the object of the question's verb. */
function followsQuestionVerb(sentence: string, c: SpanCandidate, questionTerms: ReadonlySet<string>): boolean {
  const tokens = sentenceTokens(sentence);
  let i = tokens.findIndex((t) => t.start >= c.start) - 1;
  for (let skipped = 0; i >= 0 && skipped < 2 && !tokens[i]!.tags.has('Verb') && !endsClause(tokens[i]!); skipped += 1) i -= 1;
  const verb = tokens[i];
  return verb !== undefined && verb.tags.has('Verb') && !endsClause(verb) && matchesQuestion(verb.term, questionTerms);
}

/** Whether a question word is among the `count` content tokens from `k` on (step +1 or -1), within a clause. */
function questionWordsAt(tokens: readonly Token[], k: number, step: 1 | -1, questionTerms: ReadonlySet<string>): boolean {
  for (let seen = 0; k >= 0 && k < tokens.length && seen < 6; k += step) {
    const t = tokens[k]!;
    if (step < 0 && endsClause(t)) break;
    if (t.term) {
      seen += 1;
      if (matchesQuestion(t.term, questionTerms)) return true;
    }
    if (step > 0 && endsClause(t)) break;
  }
  return false;
}

/**
 * Whether a sentence says the opposite of one of the question's words: it lacks the word (in any form) but holds
 * an antonym of it that the question does not use (`the inherent simplicity` asked of `the inherent difficulty`,
 * `the 15 smallest cities` of `the 15 largest`).
 */
function saysOpposite(tokens: readonly Token[], questionTerms: ReadonlySet<string>): boolean {
  const terms = new Set(tokens.map((t) => t.term).filter((t): t is string => t !== null));
  for (const q of questionTerms) {
    if ([...terms].some((t) => sameWordFamily(t, q))) continue;
    if (antonymsOf(q).some((a) => terms.has(a) && !questionTerms.has(a))) return true;
  }
  return false;
}

/**
 * `[X] is a branch of ...`, `... is known as [X]`, `... is [X]`: the candidate on one side of a copula or after a
 * naming verb, with question words on the other side (within six content words, in the clause): the question
 * paraphrases what the sentence says X is.
 */
function copulaPair(sentence: string, c: SpanCandidate, questionTerms: ReadonlySet<string>): boolean {
  const tokens = sentenceTokens(sentence);
  const first = tokens.findIndex((t) => t.end > c.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < c.end) last += 1;
  if (first < 0) return false;
  // Before: `... is called (the) [X]`.
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an)$/i.test(tokens[k]!.text)) k -= 1;
  for (let width = 1; width <= 3 && k - width + 1 >= 0; width += 1) {
    const words = tokens.slice(k - width + 1, k + 1);
    if (words.slice(0, -1).some(endsClause)) break;
    const cue = words.map((t) => t.text).join(' ');
    if ((width === 1 && COPULAS.test(cue)) || NAMING_VERBS.test(cue)) {
      if (questionWordsAt(tokens, k - width, -1, questionTerms)) return true;
    }
  }
  // After: `[X] is (then) ...`.
  const next = tokens[last + 1];
  if (next && !endsClause(tokens[last]!) && COPULAS.test(next.text)) return questionWordsAt(tokens, last + 2, 1, questionTerms);
  return false;
}

/**
 * Whether a date lies before the article (`past`), after it (`future`), or on its day (`now`, fits both).
 * With no dates to compare, the phrase (`earlier this year`) or its clause's tense (`will meet on Thursday`) says.
 */
function dateTense(sentence: string, c: SpanCandidate, articleDate: string | null): 'past' | 'future' | 'now' {
  if (c.resolved && articleDate) {
    const day = articleDate.slice(0, c.resolved.length);
    return c.resolved < day ? 'past' : c.resolved > day ? 'future' : 'now';
  }
  if (/\b(?:earlier|last|ago|yesterday|previous)\b/i.test(c.text)) return 'past';
  const from = Math.max(sentence.lastIndexOf(',', c.start), sentence.lastIndexOf(';', c.start), 0);
  return FUTURE.test(sentence.slice(from, c.end)) ? 'future' : 'past';
}

function novelty(c: SpanCandidate, questionTerms: ReadonlySet<string>, names: ReadonlySet<string>): number {
  if (c.kind === 'reason' || c.kind === 'quantity') return 1;
  const terms = contentTerms(c.text);
  // `What time do the talks start on Thursday?`: the day the question names is not what it asks.
  if (c.kind === 'date') return terms.length > 0 && terms.every((t) => questionTerms.has(t)) ? 0 : 1;
  if (terms.length === 0) return 0;
  const known = terms.filter((t) => questionTerms.has(t)).length;
  if (known === terms.length) return 0;
  // `Mike Pompeo` for `Who blamed Pompeo?`: the same head name is the same party, not the answer.
  if (names.has(terms[terms.length - 1]!)) return 0.2;
  return 1 - (0.5 * known) / terms.length;
}

/**
 * The question's words as the sentence says them, by degree: each counts its weight times its likeness to the
 * nearest of the sentence's words (1 for the word itself or its family, else the cosine of their vectors, at
 * least 0). `sentence_overlap` counts only the words themselves; this also counts `stuck` in a sentence saying
 * `trapped`.
 */
function softOverlap(
  tokens: readonly Token[],
  questionTerms: ReadonlySet<string>,
  weight: (term: string) => number,
  memo: Map<string, Map<string, number>>,
): number {
  const said = new Set<string>();
  for (const t of tokens) if (t.term) said.add(t.term);
  let sum = 0;
  for (const q of questionTerms) {
    let best = 0;
    let likes = memo.get(q);
    if (!likes) memo.set(q, (likes = new Map<string, number>()));
    for (const t of said) {
      let like = likes.get(t);
      if (like === undefined) likes.set(t, (like = sameWordFamily(t, q) ? 1 : Math.max(0, termSimilarity(q, t))));
      if (like > best) best = like;
      if (best === 1) break;
    }
    sum += weight(q) * best;
  }
  return sum;
}

/**
 * `the tug Afon Cefni`, `Her master, Captain Eirik Solberg`, `the Skerry Queen, a chartered vessel`: a name the
 * sentence introduces with the noun the question asks the name of (or a term of like meaning): right before it
 * (past a comma and titles), as the first word of the candidate itself, or in an apposition after it.
 */
function namedByAskedNoun(sentence: string, c: SpanCandidate, noun: string): boolean {
  const tokens = sentenceTokens(sentence);
  const first = tokens.findIndex((t) => t.end > c.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < c.end) last += 1;
  const span = tokens.slice(first, last + 1);
  if (!span.some(isCapitalized)) return false;
  const related = RELATED.of(noun);
  const isNoun = (t: Token | undefined): boolean =>
    t !== undefined && t.term !== null && (sameWordFamily(t.term, noun) || related.some(([r]) => r === t.term)) && !isCapitalized(t);
  if (isNoun(span[0]) && span.length > 1) return true;
  let k = first - 1;
  // `Captain Ruairí Brennan` for `who was captain`: a title asked for is the noun itself.
  for (; k >= 0 && TITLES.has(tokens[k]!.text.toLowerCase()) && !endsClause(tokens[k]!); k -= 1)
    if (tokens[k]!.term !== null && sameWordFamily(tokens[k]!.term!, noun)) return true;
  if (isNoun(tokens[k]) && (!endsClause(tokens[k]!) || /^,$/.test(tokens[k]!.post))) return true;
  // After: `Name, a (chartered) vessel` within four words, in the same clause.
  if (!/^,$/.test(tokens[last]!.post)) return false;
  for (let j = last + 1; j < tokens.length && j <= last + 4; j += 1) {
    if (isNoun(tokens[j])) return true;
    if (endsClause(tokens[j]!) || tokens[j]!.tags.has('Verb')) break;
  }
  return false;
}

/** One sentence of a passage found, read for candidates. */
interface SentenceRead {
  hit: PassageHit;
  rank: number;
  /** The sentence's index in its passage. */
  si: number;
  /** It is the sentence after its passage's best-matching one (see followingSentences). */
  follows: boolean;
}

/** The paragraph after a passage in its article, as indexed (PassageIndex.following). */
export type FollowingParagraph = (passage: Passage) => IndexedPassage | undefined;

/**
 * A reason is often told right after what it explains: `Peskov backed the talks.` / `“There is no other
 * mechanism,” he said.` For each passage found, the sentence after its best-matching one is read (and marked
 * `follows`) even when it holds no question word; when the best one ends its passage, the next paragraph's
 * first sentence is, quoted from that paragraph (a passage found itself, or one read for this alone, scored as
 * the passage it continues).
 */
function followingSentences(
  considered: readonly PassageHit[],
  ranks: readonly number[],
  reads: SentenceRead[],
  following: FollowingParagraph | undefined,
): void {
  const byPassage = new Map(considered.map((h) => [h.passage, h]));
  const readAt = new Map(reads.map((r) => [`${r.hit.passage.id}#${r.si}`, r]));
  considered.forEach((hit, i) => {
    let target: PassageHit = hit;
    let si = hit.bestSentence + 1;
    if (si >= hit.sentences.length) {
      const next = following?.(hit.passage);
      if (!next) return;
      target = byPassage.get(next.passage) ?? { ...next, score: hit.score, coverage: hit.coverage, bestSentence: -1, signals: hit.signals };
      si = 0;
    }
    const key = `${target.passage.id}#${si}`;
    const known = readAt.get(key);
    if (known) known.follows = true;
    else {
      const read = { hit: target, rank: ranks[i]!, si, follows: true };
      reads.push(read);
      readAt.set(key, read);
    }
  });
}

/**
 * `What country is Novi Sad in?` over `NOVI SAD, Serbia (Reuters) -`: a question asking which country, state or
 * region holds the place a passage's dateline names, whose words it all holds.
 */
function datelineRegionAsked(hit: PassageHit, type: QuestionType, form: string, questionTerms: ReadonlySet<string>): boolean {
  if (type !== 'where' || !/^which (?:country|countries|nation|state|province|region)$/.test(form)) return false;
  const place = parseDateline(hit.passage.text)?.place;
  const words = place ? contentTerms(place) : [];
  return words.length > 0 && words.every((w) => questionTerms.has(w));
}

/** Every candidate answer in the hits, grouped by what it names across articles, scored and ordered by the model, best first. */
export function rankCandidates(hits: readonly PassageHit[], cues: QuestionCues, model: ModelWeights = MODEL, following?: FollowingParagraph): RankedAnswer[] {
  const { form, terms: questionTerms, bare } = cues;
  const top = hits[0];
  if (!top) return [];
  const considered = hits.slice(0, HITS_CONSIDERED);
  const totalWeight = [...questionTerms].reduce((sum, t) => sum + cues.weight(t), 0) || 1;
  const occurrences: Occurrence[] = [];
  const ranks = tiedRanks(considered);
  // The sentences read: around each passage's best one; for a why, also the one after it (see followingSentences).
  const reads: SentenceRead[] = [];
  considered.forEach((hit, i) => {
    hit.sentences.forEach((sentence, si) => {
      // A passage is read around its best sentence: a run-on paragraph of thousands of sentences is not tagged whole.
      if (Math.abs(si - hit.bestSentence) <= SENTENCE_REACH) reads.push({ hit, rank: ranks[i]!, si, follows: false });
    });
  });
  if (cues.type === 'why' && !bare) followingSentences(considered, ranks, reads, following);
  // Each question word's likeness to each word of the sentences read, computed once per question.
  const likeness = new Map<string, Map<string, number>>();
  for (const { hit, rank, si, follows } of reads) {
    const sentence = hit.sentences[si]!;
    const hitWeight = scoreShare(hit, top);
    const tokens = sentenceTokens(sentence.text);
    const held = new Set<string>();
    for (const t of tokens) if (t.term && matchesQuestion(t.term, questionTerms)) held.add(t.term);
    const matched = held.size > 0;
    const sentenceWeight = si === hit.bestSentence ? 1 : matched ? 0.6 : bare || follows ? 0.4 : 0;
    if (!sentenceWeight) continue;
    let overlap = 0;
    for (const q of questionTerms) if ([...held].some((t) => sameWordFamily(t, q))) overlap += cues.weight(q);
    const soft = softOverlap(tokens, questionTerms, cues.weight, likeness);
    const written = cues.numbers.length ? new Set(digitNumbers(sentence.text)) : undefined;
    const numbersHeld = written ? cues.numbers.filter((n) => written.has(n)).length / cues.numbers.length : 1;
    const negationHeld = !cues.negated || NEGATION.test(sentence.text) ? 1 : 0;
    const antonymHeld = bare || !saysOpposite(tokens, questionTerms) ? 1 : 0;
    const extract = {
      type: cues.type,
      form,
      questionTerms: bare ? NO_TERMS : questionTerms,
      articleDate: hit.article.date,
      asksQuote: cues.asksQuote,
      identityOf: cues.identityOf,
      askedVerbs: bare ? undefined : cues.verbs,
      follows,
    };
    for (const c of extractCandidates(sentence.text, extract)) {
      // `VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) –` says where and when the story was filed, not what it tells;
      // only asked which country the filing town is in does it answer.
      if (sentence.start + c.start < hit.passage.storyStart && !(c.kind === 'place' && datelineRegionAsked(hit, cues.type, form, questionTerms))) continue;
      const fresh = bare ? 1 : novelty(c, questionTerms, cues.names);
      if (!fresh) continue;
      // A quotation is placed by who said it: a sentence naming the question's speaker attributes it.
      const bySpeaker = c.quote ? speakerNamed(sentence.text, cues.names) : false;
      const near = c.quote ? (bySpeaker ? 1 : 0.5) : proximity(sentence.text, c, cues);
      let tense = 1;
      if (c.kind === 'date' && !bare) {
        const t = dateTense(sentence.text, c, hit.article.date);
        if (t === 'now') tense = cues.future ? 1 : 0.6;
        else if ((t === 'future') !== cues.future) tense = 0.1;
      }
      let windowWeight = 0;
      const seen = new Set<string>();
      for (const t of tokens) {
        if (!t.term || seen.has(t.term) || t.end <= c.start - WINDOW_CHARS || t.start >= c.end + WINDOW_CHARS) continue;
        if (t.start >= c.start && t.end <= c.end) continue;
        for (const q of questionTerms)
          if (!seen.has(q) && sameWordFamily(t.term, q)) {
            seen.add(q);
            windowWeight += cues.weight(q);
          }
      }
      const words = cues.askedHead ? contentTerms(c.text) : [];
      const askedHead = words.length > 1 && sameWordFamily(words[words.length - 1]!, cues.askedHead!);
      const paired = c.kind === 'phrase' && cues.type === 'what' && copulaPair(sentence.text, c, questionTerms);
      const namedAsAsked = cues.namedNoun !== null && namedByAskedNoun(sentence.text, c, cues.namedNoun);
      const verbObject = c.kind === 'phrase' && followsQuestionVerb(sentence.text, c, questionTerms);
      const product = hitWeight * sentenceWeight * c.fit * fresh * near * tense * (verbObject ? 1.5 : 1);
      const features: Record<OccurrenceFeature, number> = {
        passage_score: hitWeight,
        passage_rank: 1 / (1 + rank),
        passage_coverage: hit.coverage,
        best_sentence: si === hit.bestSentence ? 1 : 0,
        sentence_overlap: Math.min(1, overlap / totalWeight),
        soft_overlap: Math.min(1, soft / totalWeight),
        type_fit: c.fit,
        novelty: fresh,
        proximity: near,
        tense_agrees: tense,
        verb_object: verbObject ? 1 : 0,
        verb_complement: c.complement ? 1 : 0,
        quote_by_speaker: bySpeaker ? 1 : 0,
        window_overlap: Math.min(1, windowWeight / totalWeight),
        log_product: Math.log(product + 1e-4),
        follows_match: follows ? 1 : 0,
        asked_head: askedHead ? 1 : 0,
        named_as_asked: namedAsAsked ? 1 : 0,
        copula_pair: paired ? 1 : 0,
        numbers_held: numbersHeld,
        negation_held: negationHeld,
        antonym_held: antonymHeld,
      };
      occurrences.push({ hit, candidate: c, start: sentence.start + c.start, features, score: occurrenceScore(features, model) });
    }
  }
  const typeIs = (t: QuestionType): number => (cues.type === t ? 1 : 0);
  const question: QuestionFeatures = {
    top_coverage: top.coverage,
    dated: top.article.date ? 1 : 0,
    question_words: Math.log(1 + questionTerms.size),
    bare: bare ? 1 : 0,
    type_who: typeIs('who'),
    type_when: typeIs('when'),
    type_where: typeIs('where'),
    type_why: typeIs('why'),
    type_what: typeIs('what'),
    type_how: typeIs('how'),
  };
  return mergeOccurrences(
    occurrences,
    considered.map((h) => h.passage.text),
    cues.frequency,
    question,
    cues.story,
    model,
  );
}
