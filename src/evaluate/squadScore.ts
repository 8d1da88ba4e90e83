/**
 * The official SQuAD 2.0 measure (Rajpurkar et al., 2018; its `evaluate-v2.0.py`): answers normalised by
 * lower-casing and dropping punctuation, articles (a/an/the) and extra white space; token F1 and exact match
 * against the best gold span. An unanswerable question scores 1 when no short answer is offered, 0 otherwise;
 * an answerable one scores 0 when none is.
 */
export interface SquadFigures {
  /** Mean F1 over all questions, 0..100. */
  f1: number | null;
  exact: number | null;
  has_ans_f1: number | null;
  has_ans_exact: number | null;
  /** Share of unanswerable questions given no short answer, 0..100. */
  no_ans: number | null;
  /** Share of answerable questions given a short answer, 0..100. */
  has_ans_offered: number | null;
  total: number;
}

/** SQuAD's answer normalisation: lower case, no punctuation or articles, single spaces. */
export function normalizeSquadAnswer(s: string): string {
  return s
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~\u2018\u2019\u201c\u201d\u2013\u2014]/g, '')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function tokenF1(prediction: string, gold: string): number {
  const p = normalizeSquadAnswer(prediction).split(' ').filter(Boolean);
  const g = normalizeSquadAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      same += 1;
      counts.set(t, n - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** F1 and exact match of one prediction against the best of its gold answers (`[]`: unanswerable). */
export function squadScore(prediction: string | null, gold: readonly string[]): { f1: number; exact: number } {
  const offered = prediction !== null && prediction.trim() !== '';
  if (gold.length === 0) return offered ? { f1: 0, exact: 0 } : { f1: 1, exact: 1 };
  if (!offered) return { f1: 0, exact: 0 };
  let f1 = 0;
  let exact = 0;
  for (const g of gold) {
    f1 = Math.max(f1, tokenF1(prediction, g));
    if (normalizeSquadAnswer(prediction) === normalizeSquadAnswer(g)) exact = 1;
  }
  return { f1, exact };
}

const mean = (xs: readonly number[]): number | null => (xs.length ? Math.round((1000 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10 : null);

export function squadFigures(items: ReadonlyArray<{ prediction: string | null; gold: readonly string[] }>): SquadFigures {
  const all = items.map((x) => squadScore(x.prediction, x.gold));
  const has = items.map((x, i) => [x, all[i]!] as const).filter(([x]) => x.gold.length > 0);
  const none = items.filter((x) => x.gold.length === 0);
  return {
    f1: mean(all.map((s) => s.f1)),
    exact: mean(all.map((s) => s.exact)),
    has_ans_f1: mean(has.map(([, s]) => s.f1)),
    has_ans_exact: mean(has.map(([, s]) => s.exact)),
    no_ans: mean(none.map((x) => (x.prediction ? 0 : 1))),
    has_ans_offered: mean(has.map(([x]) => (x.prediction ? 1 : 0))),
    total: items.length,
  };
}
