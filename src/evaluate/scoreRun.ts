/**
 * The dev-set figures, by the rules of `../shared/eval/README.md`: passage_at_1/3, answer, abstain, false_abstain,
 * overall and per intent. Matching ignores case, quotes, hyphens and punctuation; an answer counts up to 160 characters.
 */
export interface EvalQuestion {
  id: string;
  type: string | null;
  intent: string | null;
  question: string;
  answers: string[];
  all?: string[];
  evidence: string[];
  abstain?: boolean;
}

export interface EvalOutput {
  answer: string | null;
  passages: Array<{ text: string }>;
}

type Tally = [hits: number, total: number];

export interface EvalFigures {
  passage_at_1: number | null;
  passage_at_3: number | null;
  answer: number | null;
  abstain: number | null;
  false_abstain: number | null;
  by_intent: Record<string, { passage_at_1: number | null; answer: number | null }>;
  misses: string[];
}

function normalizeForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/[^\p{L}\p{N}$€ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const contains = (hay: string, needles: readonly string[]): boolean => needles.some((n) => normalizeForMatch(hay).includes(normalizeForMatch(n)));
const pct = ([a, b]: Tally): number | null => (b ? Math.round((1000 * a) / b) / 10 : null);

/** A short answer is right when it holds one of the answers (and every one of `all`), in at most 160 characters. */
export function answerIsRight(a: string, q: Pick<EvalQuestion, 'answers' | 'all'>): boolean {
  return a.length > 0 && a.length <= 160 && contains(a, q.answers) && (q.all ?? []).every((x) => contains(a, [x]));
}

export function scoreRun(questions: readonly EvalQuestion[], outputs: readonly EvalOutput[]): EvalFigures {
  const t = { p1: [0, 0] as Tally, p3: [0, 0] as Tally, ans: [0, 0] as Tally, abstain: [0, 0] as Tally, falseAbstain: [0, 0] as Tally };
  const byIntent: Record<string, { p1: Tally; ans: Tally }> = {};
  const misses: string[] = [];
  questions.forEach((q, i) => {
    const o = outputs[i] ?? { answer: null, passages: [] };
    const abstained = !o.answer && o.passages.length === 0;
    if (q.abstain) {
      t.abstain[1] += 1;
      if (abstained) t.abstain[0] += 1;
      else misses.push(`${q.id}: should abstain, answered ${JSON.stringify(o.answer)}`);
      return;
    }
    t.falseAbstain[1] += 1;
    if (abstained) t.falseAbstain[0] += 1;
    const bucket = (byIntent[q.intent ?? 'none'] ??= { p1: [0, 0], ans: [0, 0] });
    const p1 = o.passages.length > 0 && contains(o.passages[0]!.text, q.evidence);
    const p3 = o.passages.slice(0, 3).some((p) => contains(p.text, q.evidence));
    t.p1[1] += 1;
    bucket.p1[1] += 1;
    if (p1) {
      t.p1[0] += 1;
      bucket.p1[0] += 1;
    } else misses.push(`${q.id}: first passage lacks ${JSON.stringify(q.evidence)}`);
    t.p3[1] += 1;
    if (p3) t.p3[0] += 1;
    if (q.answers.length) {
      t.ans[1] += 1;
      bucket.ans[1] += 1;
      const a = o.answer ?? '';
      const ok = answerIsRight(a, q);
      if (ok) {
        t.ans[0] += 1;
        bucket.ans[0] += 1;
      } else misses.push(`${q.id}: answer ${JSON.stringify(a)}, wanted ${JSON.stringify(q.all ?? q.answers)}`);
    }
  });
  return {
    passage_at_1: pct(t.p1),
    passage_at_3: pct(t.p3),
    answer: pct(t.ans),
    abstain: pct(t.abstain),
    false_abstain: pct(t.falseAbstain),
    by_intent: Object.fromEntries(Object.entries(byIntent).map(([k, v]) => [k, { passage_at_1: pct(v.p1), answer: pct(v.ans) }])),
    misses,
  };
}
