/**
 * Merges the occurrences of one answer (`Kim Jong Un`, `Kim Jong-un`, `Mr Kim`; `Thursday` and `April 25, 2019`;
 * a one-letter typo) into one ranked answer, counts the articles that agree on it, and scores it and its
 * confidence with the answer model.
 */
import type { CandidateKind, SpanCandidate } from './extractCandidates.ts';
import { articleDateStyle, describeDate } from './resolveDate.ts';
import { analyzeTerm, contentTerms, foldText } from '../search/tokenizer.ts';
import type { PassageHit } from '../search/passageIndex.ts';
import type { Article } from '../ingest/types.ts';
import type { QuestionCues } from './questionCues.ts';
import { TITLES, WEEKDAYS } from '../shared/lexicon.ts';
import {
  confidenceOf,
  leadOver,
  OCCURRENCE_FEATURES,
  rankingScore,
  type ConfidenceVector,
  type ModelWeights,
  type OccurrenceFeature,
  type RankingVector,
} from './answerModel.ts';

export interface Occurrence {
  hit: PassageHit;
  candidate: SpanCandidate;
  /** Offset of the candidate in the passage text. */
  start: number;
  /** The occurrence features, and their part of the model's score (which occurrence is quoted). */
  features: Record<OccurrenceFeature, number>;
  score: number;
}

export interface RankedAnswer {
  key: string;
  kind: CandidateKind;
  /** The answer as shown: a verbatim span, with the resolved date for a date phrase. */
  display: string;
  /** The verbatim span alone. */
  text: string;
  resolved: string | null;
  /** The model's score, and the chance it gives that this answer is right. */
  score: number;
  confidence: number;
  features: RankingVector;
  /** The question-side features its confidence was computed from. */
  confidenceFeatures: ConfidenceVector;
  /** Article files that hold this answer, best first. */
  sources: string[];
  /** The occurrence the answer is quoted from. */
  best: Occurrence;
  /** Every passage the answer occurs in. */
  hits: ReadonlySet<PassageHit>;
  /** Every way the answer is written among them (for judging it apart from which one is shown). */
  forms: readonly string[];
  /** It is the main story's day or one of its dateline places (see mainEvent.ts). */
  mainStory: boolean;
}

/** A candidate's identity for merging: folded words; for a name, those after its last title or article. */
export function answerKey(c: SpanCandidate): string {
  if (c.kind === 'date' && c.resolved) return `date:${c.resolved}`;
  const words = foldText(c.text)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}$]+/u)
    .filter(Boolean);
  if (c.kind !== 'person' && c.kind !== 'group' && c.kind !== 'place') return words.join(' ');
  // `Russian President Vladimir Putin` is `vladimir putin`; `North Korea` stays whole.
  let from = 0;
  words.forEach((w, i) => {
    if (i < words.length - 1 && (TITLES.has(w) || /^(?:the|a|an)$/.test(w))) from = i + 1;
  });
  return words.slice(from).join(' ');
}

export type QuestionFeatures = Omit<ConfidenceVector, 'score' | 'margin' | 'candidates' | 'answer_numbers' | 'answer_negation' | 'answer_antonym'>;

const KINDS: readonly CandidateKind[] = ['person', 'group', 'place', 'date', 'quantity', 'phrase', 'reason'];

export function mergeOccurrences(
  occurrences: Occurrence[],
  passageTexts: readonly string[],
  frequency: (term: string) => number,
  question: QuestionFeatures,
  story: QuestionCues['story'],
  model: ModelWeights,
): RankedAnswer[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = answerKey(o.candidate);
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  // `kim` joins `kim jong un`: a name's shorter form is the same answer (the most supported longer form wins).
  const keys = [...groups.keys()].sort((a, b) => a.length - b.length);
  const words = new Map(keys.map((k) => [k, new Set(k.split(' '))]));
  // The keys holding each word, shortest first: a key's supersets are among those holding its rarest word.
  const holding = new Map<string, string[]>();
  for (const k of keys)
    for (const w of words.get(k)!) {
      const list = holding.get(w);
      if (list) list.push(k);
      else holding.set(w, [k]);
    }
  for (const k of keys) {
    const mine = words.get(k)!;
    const kind = groups.get(k)![0]!.candidate.kind;
    // Places stay apart: `Alder Bend` is not `Alder Bend Secondary School`, nor `Korea` `North Korea`.
    if (kind !== 'person' && kind !== 'group' && kind !== 'phrase') continue;
    const fewest = [...mine].reduce((a, b) => (holding.get(b)!.length < holding.get(a)!.length ? b : a));
    const supersets = holding.get(fewest)!.filter(
      (o) =>
        o !== k &&
        groups.has(o) &&
        [...mine].every((w) => words.get(o)!.has(w)) &&
        groups.get(o)![0]!.candidate.kind === kind &&
        // A clause's rest (`brackets by the builders of the town`) is a statement, not a fuller name of the phrases in it.
        !groups.get(o)!.every((x) => x.candidate.complement),
    );
    if (!supersets.length) continue;
    // `Kim` could be any Kim: it joins the fullest name the corpus uses most, then the one most supported here.
    const commonness = (key: string): number => Math.min(...key.split(' ').map((w) => frequency(analyzeTerm(w) ?? w)));
    const support = (key: string): number => new Set(groups.get(key)!.map((o) => o.hit.article.source)).size * 100 + groups.get(key)!.length;
    const target = supersets.sort((a, b) => commonness(b) - commonness(a) || support(b) - support(a))[0]!;
    groups.get(target)!.push(...groups.get(k)!);
    groups.delete(k);
  }

  mergeMisspelt(groups);
  mergeWeekdays(groups);
  const ranked: RankedAnswer[] = [];
  for (const [key, list] of groups) {
    const perSource = new Map<string, number>();
    for (const o of list) perSource.set(o.hit.article.source, Math.max(perSource.get(o.hit.article.source) ?? -Infinity, o.score));
    const sources = [...perSource.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const sorted = [...list].sort((a, b) => b.score - a.score);
    const best = sorted[0]!;
    const named = best.candidate.kind === 'person' || best.candidate.kind === 'group' || best.candidate.kind === 'place';
    const shown = named ? fullestForm(sorted, passageTexts, frequency) : best;
    // A name written as a person's anywhere (`Finance Minister Aurel Vesk`) is a person's where the sentence gives no sign.
    const c =
      shown.candidate.kind === 'group' && list.some((o) => o.candidate.kind === 'person') ? { ...shown.candidate, kind: 'person' as const } : shown.candidate;
    const features = {} as RankingVector;
    for (const f of OCCURRENCE_FEATURES) features[f.name] = Math.max(...list.map((o) => o.features[f.name]));
    features.sources = Math.log(1 + sources.length);
    features.occurrences = Math.log(1 + list.length);
    features.answer_words = Math.log(1 + c.text.split(/\s+/).length);
    for (const kind of KINDS) features[`kind_${kind}`] = c.kind === kind ? 1 : 0;
    const score = rankingScore(features, model);
    ranked.push({
      key,
      kind: c.kind,
      text: c.text,
      display: displayOf(c, shown.hit.article),
      resolved: c.resolved ?? null,
      score,
      confidence: 0,
      features,
      confidenceFeatures: {
        ...question,
        score,
        margin: 0,
        candidates: 0,
        answer_numbers: features.numbers_held,
        answer_negation: features.negation_held,
        answer_antonym: features.antonym_held,
      },
      mainStory: isOfMainStory(c, key, sources, story),
      sources,
      best: shown,
      hits: new Set(list.map((o) => o.hit)),
      forms: [...new Set(list.map((o) => displayOf(o.candidate, o.hit.article)))],
    });
  }
  ranked.sort((a, b) => b.score - a.score);
  // Each candidate's lead over the best of the others, and from it (with the question) the chance it is right.
  ranked.forEach((r, i) => {
    const rival = i === 0 ? ranked[1]?.score : ranked[0]!.score;
    r.confidenceFeatures.margin = leadOver(r.score, rival);
    r.confidenceFeatures.candidates = Math.log(1 + ranked.length);
    r.confidence = confidenceOf(r.confidenceFeatures, model);
  });
  return ranked;
}

/**
 * The form of a name shown: the fullest (most words), then the one the passages write most often (a typo is
 * written once), then the spelling whose rarest word is commonest in the corpus (`Kong` in `Kim Kong-un` is found
 * once); among equals the best scored (`sorted` is best first).
 */
function fullestForm(sorted: readonly Occurrence[], passageTexts: readonly string[], frequency: (term: string) => number): Occurrence {
  const measured = new Map<string, [number, number, number]>();
  const measure = (text: string): [number, number, number] => {
    let m = measured.get(text);
    if (!m) {
      const written = passageTexts.filter((t) => t.includes(text)).length;
      measured.set(text, (m = [text.split(/[\s-]+/).length, written, Math.min(...contentTerms(text).map(frequency))]));
    }
    return m;
  };
  // The first of the greatest, comparing the measures in order.
  const beats = (m: readonly number[], top: readonly number[]): boolean => {
    const i = m.findIndex((v, k) => v !== top[k]);
    return i >= 0 && m[i]! > top[i]!;
  };
  let chosen = sorted[0]!;
  let top = measure(chosen.candidate.text);
  for (const o of sorted.slice(1)) {
    const m = measure(o.candidate.text);
    if (beats(m, top)) [chosen, top] = [o, m];
  }
  return chosen;
}

/**
 * A candidate as a reply shows it: a date described with its resolved day (written as its article writes days), a
 * phrase with the article it opens with.
 */
function displayOf(c: SpanCandidate, article: Article): string {
  return c.kind === 'date' ? describeDate({ text: c.text, resolved: c.resolved ?? null }, articleDateStyle(article)) : (c.shown ?? c.text);
}

/**
 * The main story's day (its first report's), a place its datelines name, or a person most of the reports that
 * tell it name (at least two): what a bare `when`, `where` or `who` asks for.
 */
function isOfMainStory(c: SpanCandidate, key: string, sources: readonly string[], story: QuestionCues['story']): boolean {
  if (c.kind === 'date') return c.resolved !== undefined && c.resolved === story.day;
  if (c.kind === 'place') return story.placeKeys.has(key);
  if (c.kind !== 'person') return false;
  const naming = Math.max(sources.filter((s) => story.tellers.has(s)).length, story.reportsNaming?.(c.text) ?? 0);
  return naming >= 2 && naming >= story.tellers.size / 2;
}

/**
 * `Thursday` from an undated article joins the one resolved date that falls on a Thursday,
 * so articles that agree are counted together; with two such dates it stays apart.
 */
function mergeWeekdays(groups: Map<string, Occurrence[]>): void {
  for (const [key, list] of [...groups]) {
    const day = (WEEKDAYS as readonly string[]).indexOf(key);
    if (day < 0 || list[0]!.candidate.kind !== 'date') continue;
    const targets = [...groups.keys()].filter((k) => /^date:\d{4}-\d{2}-\d{2}$/.test(k) && new Date(`${k.slice(5)}T00:00:00Z`).getUTCDay() === day);
    if (targets.length !== 1) continue;
    groups.get(targets[0]!)!.push(...list);
    groups.delete(key);
  }
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, from: number): string => x.slice(from);
  return rest(a, i + 1) === rest(b, i + 1) || rest(a, i) === rest(b, i + 1) || rest(a, i + 1) === rest(b, i);
}

/** `Kim Kong-un` and `Kim Jong Un`: names that differ by one typo in one word are one answer. */
function mergeMisspelt(groups: Map<string, Occurrence[]>): void {
  const keys = [...groups.keys()].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length);
  for (const k of keys) {
    if (!groups.has(k)) continue;
    const kind = groups.get(k)![0]!.candidate.kind;
    if (kind !== 'person' && kind !== 'group' && kind !== 'place') continue;
    const mine = k.split(' ');
    for (const other of keys) {
      if (other === k || !groups.has(other) || groups.get(other)![0]!.candidate.kind !== kind) continue;
      const theirs = other.split(' ');
      if (theirs.length !== mine.length || mine.length < 2) continue;
      const differing = mine.filter((w, i) => w !== theirs[i]);
      if (differing.length !== 1) continue;
      const i = mine.findIndex((w, j) => w !== theirs[j]);
      if (mine[i]!.length < 3 || !editDistanceAtMostOne(mine[i]!, theirs[i]!)) continue;
      groups.get(k)!.push(...groups.get(other)!);
      groups.delete(other);
    }
  }
}
