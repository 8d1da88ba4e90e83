/**
 * Scores every candidate answer found in the best passages, merges variants of one answer
 * (`Kim Jong Un`, `Kim Jong-un`, `Mr Kim`; `Thursday` and `April 25, 2019`), and counts the
 * articles that agree on each.
 */
import type { PassageHit } from '../search/passageIndex.ts';
import { foldText } from '../search/analyzeText.ts';
import { extractCandidates, type CandidateKind, type SpanCandidate } from './extractCandidates.ts';
import { describeDate } from './resolveDate.ts';
import { sentenceTokens, endsClause } from './sentenceTokens.ts';
import { analyzeTerm } from '../search/analyzeText.ts';

export interface Occurrence {
  hit: PassageHit;
  candidate: SpanCandidate;
  /** Offset of the candidate in the passage text. */
  start: number;
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
  score: number;
  /** Article files that hold this answer, best first. */
  sources: string[];
  /** The occurrence the answer is quoted from. */
  best: Occurrence;
}

const HITS_CONSIDERED = 6;
const HONORIFICS = /^(?:mr|mrs|ms|dr|president|leader|the|a|an|prime|minister|secretary|former|chinese|russian|us|american|north|south|korean|state|general)$/;

/** A candidate's identity for merging: folded words without honorifics or determiners. */
export function answerKey(c: SpanCandidate): string {
  if (c.kind === 'date' && c.resolved) return `date:${c.resolved}`;
  const words = foldText(c.text)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}$]+/u)
    .filter(Boolean);
  const trimmed = c.kind === 'person' || c.kind === 'group' || c.kind === 'place' ? words.filter((w, i) => !(i < words.length - 1 && HONORIFICS.test(w))) : words;
  return trimmed.join(' ');
}

function tokenDistance(sentence: string, c: SpanCandidate, questionTerms: ReadonlySet<string>): number {
  const tokens = sentenceTokens(sentence);
  let best = 8;
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start < c.end && t.end > c.start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return best;
  tokens.forEach((t, i) => {
    if (i >= first && i <= last) return;
    if (!t.term || !questionTerms.has(t.term)) return;
    const lo = Math.min(i, first);
    const hi = Math.max(i, last);
    let d = i < first ? first - i - 1 : i - last - 1;
    // A comma or full stop between them: the answer probably belongs to another clause.
    for (let k = lo; k < hi; k += 1) if (endsClause(tokens[k]!)) d += 2;
    best = Math.min(best, d);
  });
  return best;
}

function novelty(c: SpanCandidate, questionTerms: ReadonlySet<string>): number {
  if (c.kind === 'date' || c.kind === 'reason') return 1;
  const terms = c.text
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => analyzeTerm(w))
    .filter((t): t is string => t !== null);
  if (terms.length === 0) return c.kind === 'quantity' ? 1 : 0;
  const known = terms.filter((t) => questionTerms.has(t)).length;
  if (known === terms.length) return 0;
  return 1 - (0.6 * known) / terms.length;
}

export function rankCandidates(hits: readonly PassageHit[], form: string, questionTerms: ReadonlySet<string>, bare: boolean): RankedAnswer[] {
  const top = hits[0];
  if (!top) return [];
  const occurrences: Occurrence[] = [];
  for (const hit of hits.slice(0, HITS_CONSIDERED)) {
    const hitWeight = hit.score / top.score;
    hit.sentences.forEach((sentence, si) => {
      const matched = sentenceTokens(sentence.text).some((t) => t.term && questionTerms.has(t.term));
      const sentenceWeight = si === hit.bestSentence ? 1 : matched ? 0.6 : bare ? 0.4 : 0;
      if (!sentenceWeight) return;
      for (const c of extractCandidates(sentence.text, form, questionTerms, hit.article.date)) {
        const fresh = bare ? 1 : novelty(c, questionTerms);
        if (!fresh) continue;
        const d = tokenDistance(sentence.text, c, questionTerms);
        const score = hitWeight * sentenceWeight * c.fit * fresh / (1 + 0.25 * d);
        occurrences.push({ hit, candidate: c, start: sentence.start + c.start, score });
      }
    });
  }
  return mergeOccurrences(occurrences);
}

function mergeOccurrences(occurrences: Occurrence[]): RankedAnswer[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = answerKey(o.candidate);
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  // `kim` joins `kim jong un`: a name's shorter form is the same answer (the most supported longer form wins).
  const keys = [...groups.keys()];
  const words = new Map(keys.map((k) => [k, new Set(k.split(' '))]));
  for (const k of keys.sort((a, b) => a.length - b.length)) {
    const mine = words.get(k)!;
    const kind = groups.get(k)![0]!.candidate.kind;
    if (kind === 'date' || kind === 'reason' || kind === 'quantity') continue;
    const supersets = keys.filter((o) => o !== k && groups.has(o) && [...mine].every((w) => words.get(o)!.has(w)) && groups.get(o)![0]!.candidate.kind === kind);
    if (!supersets.length) continue;
    const target = supersets.sort((a, b) => groups.get(b)!.length - groups.get(a)!.length)[0]!;
    groups.get(target)!.push(...groups.get(k)!);
    groups.delete(k);
  }

  const ranked: RankedAnswer[] = [];
  for (const [key, list] of groups) {
    const perSource = new Map<string, number>();
    for (const o of list) perSource.set(o.hit.article.source, Math.max(perSource.get(o.hit.article.source) ?? 0, o.score));
    const sourceScores = [...perSource.entries()].sort((a, b) => b[1] - a[1]);
    const score = sourceScores[0]![1] + 0.5 * sourceScores.slice(1).reduce((s, [, v]) => s + v, 0);
    // Shown text: the fullest form among the best-scoring occurrences.
    const sorted = [...list].sort((a, b) => b.score - a.score);
    const best = sorted[0]!;
    const fullest = sorted.filter((o) => o.score >= best.score * 0.5).sort((a, b) => b.candidate.text.length - a.candidate.text.length)[0]!;
    const shown = best.candidate.kind === 'date' ? best : fullest;
    const c = shown.candidate;
    ranked.push({
      key,
      kind: c.kind,
      text: c.text,
      display: c.kind === 'date' ? describeDate({ text: c.text, resolved: c.resolved ?? null }) : c.text,
      resolved: c.resolved ?? null,
      score,
      sources: sourceScores.map(([s]) => s),
      best: shown,
    });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
