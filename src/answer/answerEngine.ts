/** From a question to a reply: type it, find the passages, extract and rank a short answer, or abstain. */
import type { Article } from '../ingest/types.ts';
import { namedTerms, PassageIndex, type PassageHit } from '../search/passageIndex.ts';
import { contentTerms } from '../search/analyzeText.ts';
import { classifyQuestion } from './classifyQuestion.ts';
import { mainEventQuery } from './mainEvent.ts';
import type { QuestionType } from './questionType.ts';
import { questionCues, rankCandidates, type RankedAnswer } from './rankCandidates.ts';
import type { AnswerAlternative, CitedPassage, Reply } from './reply.ts';

export const MAX_PASSAGES = 3;
/** Passages searched for candidate answers, beyond the ones shown. */
const SEARCH_DEPTH = 12;
/** A reason from a passage other than the best must come from one holding this share of the question. */
const STATED_REASON_COVERAGE = 0.4;
/** Below this fit to the asked type, a candidate is not offered as the short answer. */
const MIN_FIT = 0.5;
/** ...unless nothing that fits scores at least this share of it. */
const WELL_TYPED_RATIO = 0.5;
/** How many passages' worth of corpus-wide evidence the local word weights are blended with. */
const LOCAL_SAMPLE_PRIOR = 2;
/** A rival answer this close to the best one, from another article, is shown as a disagreement. */
const RIVAL_RATIO = 0.8;

export class AnswerEngine {
  readonly index: PassageIndex;
  readonly mainEvent: string;

  constructor(readonly articles: readonly Article[]) {
    this.index = new PassageIndex(articles);
    this.mainEvent = mainEventQuery(articles);
  }

  /** `limit` passages at most (the short answer's own passage first); more for a "More passages" page. */
  ask(question: string, given?: QuestionType | null, limit = MAX_PASSAGES): Reply {
    const text = question.trim();
    const form = classifyQuestion(text, given);
    const bare = text === '';
    const abstain: Reply = { question: text, type: form.type, answer: null, alternatives: [], passages: [], agreeingSources: 0 };
    if (bare && !given) return abstain;
    // `How long`, `how many`: the form says what kind of answer, not what the question is about.
    const query = bare ? this.mainEvent : text.replace(/^\s*how\s+(?:many|much|long|far|old|big|large|often)\b/i, '').trim() || text;
    const hits = this.index.find(query, { type: form.type, limit: Math.max(limit, SEARCH_DEPTH) });
    if (hits.length === 0) return abstain;

    const terms = new Set(contentTerms(query));
    const cues = questionCues(text, form, terms, bare, localWeights(this.index, hits, terms), (t) => this.index.frequency(t));
    // A bare `what` or `how` has no one answer for a whole story: its passages speak for it.
    const answerable = form.form !== 'yes/no' && !(bare && (form.type === 'what' || form.type === 'how'));
    const candidates = answerable ? rankCandidates(hits, cues) : [];
    const asked = [...terms].filter((t) => !namedTerms(text).includes(t));
    const { ranked, lead } = !bare && candidates[0]?.kind === 'reason' ? reasonsToQuote(candidates, hits, asked) : { ranked: candidates, lead: true };
    // A candidate that only loosely fits the asked type (a number with no unit for `how long`, a place
    // mentioned in passing for `where`) is a guess: show the passages and no short answer.
    // A well-typed candidate close behind is preferred to it.
    const top = ranked[0];
    const best = top ? ranked.find((r) => r.best.candidate.fit >= MIN_FIT && r.score >= top.score * WELL_TYPED_RATIO) : undefined;
    // A bare `who` is answered with the leading people: their passages must be among those shown.
    const people = bare && form.type === 'who' ? ranked.filter((r) => r.kind === 'person').slice(0, 2) : [];
    const passages = orderPassages(hits, people.length ? people : best ? [best] : [], limit, lead);
    if (!best) {
      return { ...abstain, passages, agreeingSources: new Set(passages.map((p) => p.article.source)).size };
    }
    const answer = people.length ? namePeople(people, passages) : best.display;
    return {
      question: text,
      type: form.type,
      answer,
      alternatives: alternativesOf(best, ranked),
      passages,
      agreeingSources: best.sources.length,
    };
  }
}

/**
 * A reason is only as good as its passage: quote it from the passage that best matches the question or,
 * when that one gives none, only a plainly stated reason (`because ...`) from one that covers the question
 * well and uses its words (`asked`: the question's terms other than its names). In the second case the
 * best-matching passage keeps the lead.
 */
function reasonsToQuote(ranked: readonly RankedAnswer[], hits: readonly PassageHit[], asked: readonly string[]): { ranked: RankedAnswer[]; lead: boolean } {
  const fromTop = ranked.filter((r) => r.best.hit === hits[0]);
  if (fromTop.length) return { ranked: fromTop, lead: true };
  const stated = ranked.filter((r) => r.best.candidate.fit >= 1 && r.best.hit.coverage >= STATED_REASON_COVERAGE && statesAbout(r, asked));
  return { ranked: stated, lead: false };
}

/** Whether the sentence an answer is quoted from uses one of the question's own words besides its names. */
function statesAbout(answer: RankedAnswer, asked: readonly string[]): boolean {
  const sentence = answer.best.hit.sentences.find((x) => x.start <= answer.best.start && answer.best.start < x.end);
  const words = new Set(contentTerms(sentence?.text ?? ''));
  return asked.some((t) => words.has(t));
}

/**
 * How telling each question word is among the passages found: a name every passage shares (`Kim`) anchors
 * the search but says little about where the answer sits; a word few of them hold (`father`) says much.
 * Measured mostly on the hits, not the corpus, so it does not shift when unrelated texts are added.
 */
function localWeights(index: PassageIndex, hits: readonly PassageHit[], terms: ReadonlySet<string>): (term: string) => number {
  const df = new Map<string, number>();
  for (const hit of hits) {
    const present = index.termsOf(hit);
    for (const t of terms) if (present.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const local = (term: string): number => Math.log(1 + (hits.length + 1) / ((df.get(term) ?? 0) + 0.5));
  // Few passages found make a poor sample: lean on the corpus-wide rarity then.
  const trust = hits.length / (hits.length + LOCAL_SAMPLE_PRIOR);
  return (term) => local(term) ** trust * index.idf(term) ** (1 - trust);
}

/**
 * The passages the answer is quoted from come first (or, with `lead` false, keep their rank but are always
 * among those shown), then the best of the rest.
 */
function orderPassages(hits: readonly PassageHit[], sources: readonly RankedAnswer[], limit: number, lead = true): CitedPassage[] {
  const needed = [...new Set(sources.map((r) => r.best.hit))];
  let ordered: PassageHit[];
  if (lead) ordered = [...needed, ...hits.filter((h) => !needed.includes(h))];
  else {
    const missing = needed.filter((h) => !hits.slice(0, limit).includes(h));
    ordered = [...hits.slice(0, limit - missing.length).filter((h) => !missing.includes(h)), ...missing];
  }
  return ordered.slice(0, limit).map((h) => ({ passage: h.passage, article: h.article, score: h.score }));
}

function alternativesOf(best: RankedAnswer, ranked: readonly RankedAnswer[]): AnswerAlternative[] {
  // A rival must be as plainly of the asked type as the answer (a place someone went *to*, not one mentioned in passing).
  const rivals = ranked.filter(
    (r) =>
      r !== best &&
      r.kind === best.kind &&
      r.kind !== 'reason' &&
      r.kind !== 'phrase' &&
      r.best.candidate.fit >= best.best.candidate.fit &&
      r.score >= best.score * RIVAL_RATIO &&
      r.sources.some((s) => !best.sources.includes(s)),
  );
  return [best, ...rivals.slice(0, 2)].map((r) => ({ text: r.display, resolvedDate: r.resolved, sources: r.sources }));
}

/** A bare `who` asks who took part: the leading people, quoted together where a passage names both. */
function namePeople(people: readonly RankedAnswer[], passages: readonly CitedPassage[]): string {
  const [a, b] = people as [RankedAnswer, RankedAnswer | undefined];
  if (!b) return a.display;
  for (const { passage } of passages) {
    for (const [x, y] of [[a.text, b.text], [b.text, a.text]] as const) {
      const i = passage.text.indexOf(x);
      const j = i < 0 ? -1 : passage.text.indexOf(y, i + x.length);
      if (i >= 0 && j >= 0) {
        const between = passage.text.slice(i + x.length, j);
        if (between.length <= 60 && /\band\b/.test(between)) return passage.text.slice(i, j + y.length);
      }
    }
  }
  return `${a.text} and ${b.text}`;
}
