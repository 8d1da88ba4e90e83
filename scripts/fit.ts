/**
 * `npm run fit`: fits the answer model (`src/answer/answerModel.ts`) on the question bank's `train` part and
 * writes `src/answer/answerWeights.json`, then prints the `train` and `test` figures of the fitted model.
 *
 * Four parts, in order (see answerModel.ts for the features):
 * 1. candidate ranking, a conditional logit: each candidate the engine ranks for a `train` question is a row,
 *    right when one of the ways it is written holds a gold answer as the scorer judges (SQuAD: token F1 ≥ 0.5
 *    against the best gold span, as that measure rewards tight spans);
 * 2. passage order, a conditional logit: a passage is right when it holds the question's evidence;
 * 3. confidence, a logistic regression: is the best candidate under the new ranking right? Every candidate of
 *    an unanswerable question is wrong;
 * 4. the thresholds: the confidence that maximises, on `train`, right answers offered + unanswerable questions
 *    left without one − WRONG_COST × wrong answers offered; one for folders holding news reports, one for
 *    folders of reference texts alone (AnswerEngine.reports), as their share of unanswerable questions differs
 *    (FIT_ONE_THRESHOLD=1: one for all, as before).
 * SQuAD counts at most as much as the news corpora together. Every question is asked of its corpus alone and
 * (unless FIT_DISTRACTORS=0) beside the 500 Brown texts.
 *
 * `npm run fit -- --fold K` (K = 1..4) chooses among settings without reading `test`: it sets `test` aside, fits
 * on `train` less its K-th fold, prints that fold's figures as `validation`, and writes no weights (with `--out
 * FILE`, the fold's replies, which `npm run fit:folds` pools over the four folds).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { loadArticles } from '../src/ingest/loadArticles.ts';
import type { Article } from '../src/ingest/types.ts';
import { loadBrownArticles } from '../src/evaluate/brownArticles.ts';
import { AnswerEngine, type Analysis } from '../src/answer/answerEngine.ts';
import { passageFeatures } from '../src/answer/rankPassages.ts';
import {
  CONFIDENCE_NAMES,
  leadOver,
  MODEL,
  PASSAGE_NAMES,
  rankingScore,
  isOfAskedType,
  RANKING_FEATURES,
  type PassageFeature,
  type ConfidenceFeature,
  type ConfidenceVector,
  type ModelWeights,
  type RankingFeature,
} from '../src/answer/answerModel.ts';
import { isQuestionType } from '../src/shared/questionType.ts';
import { candidateIsRight, fittedOn, loadBank, validationFold, type BankQuestion, type LoadedCorpus } from '../src/evaluate/questionBank.ts';
import { runBank, scoreBank, splitOf } from '../src/evaluate/runBank.ts';
import { contains } from '../src/evaluate/scoreRun.ts';
import { fitLogistic, fitRanking, RANKING_L2, squadShare } from '../src/evaluate/fitLogistic.ts';

/** A wrong short answer costs this much more than none (the passages are shown either way). */
const WRONG_COST = Number(process.env['FIT_WRONG_COST'] ?? 0.5);
/** Fit among the Brown texts as distractors (FIT_DISTRACTORS=0 to fit on the corpora alone). */
const DISTRACTORS = process.env['FIT_DISTRACTORS'] !== '0';
/**
 * L2 penalties on the standardised weights: enough to keep rare features from running away; the ranking's is
 * `RANKING_L2` (why 0.3, there). The confidence's: 0.3, 1 and 3 read the same.
 */
const L2_RANKING = Number(process.env['FIT_L2_RANKING'] ?? RANKING_L2);
const L2_CONFIDENCE = Number(process.env['FIT_L2'] ?? 1);
/** Fits at most this many times, each on what the previous fit's passage order finds (FIT_ROUNDS=1: once, from the committed model). */
const ROUNDS = Number(process.env['FIT_ROUNDS'] ?? 4);
/** Weights that move less than this between rounds have settled. */
const SETTLED = 0.05;
/** How far a committed weight or threshold may sit from a fresh fit's (rounding and the last round's settling). */
const CHECK_TOLERANCE = { weight: 0.02, threshold: 0.005 };
/** Bootstrap resamples of the train questions whose thresholds are pooled (an odd count: the median is one of them). */
const THRESHOLD_BAGS = 101;

const foldArg = process.argv.indexOf('--fold');
const FOLD = foldArg >= 0 ? Number(process.argv[foldArg + 1]) : undefined;
let corpora: LoadedCorpus[];
try {
  const bank = (await loadBank()).filter(fittedOn);
  corpora = FOLD === undefined ? bank : validationFold(bank, FOLD, process.argv.includes('--by-corpus') ? 'corpus' : 'question');
} catch (err) {
  process.stderr.write(`fit: ${(err as Error).message}\n`);
  process.exit(2);
}
const engines = new Map<string, AnswerEngine>();
const articlesOf = new Map<string, Article[]>();
for (const c of corpora) articlesOf.set(c.name, (await loadArticles(path.join(PROJECT_ROOT, c.dir))).articles);
// Each question is asked twice: of its corpus alone, and (unless FIT_DISTRACTORS=0) of its corpus beside the
// 500 Brown texts, so the model learns what keeps a corpus's own passages first when a folder holds more than
// one story.
const distractors = DISTRACTORS ? await loadBrownArticles() : [];
const withDistractors = new Map<string, AnswerEngine>();
for (const c of corpora) {
  engines.set(c.name, new AnswerEngine(articlesOf.get(c.name)!));
  if (DISTRACTORS) withDistractors.set(c.name, new AnswerEngine([...articlesOf.get(c.name)!, ...distractors]));
}

interface Asked {
  corpus: LoadedCorpus;
  q: BankQuestion;
  analysis: Analysis;
  engine: AnswerEngine;
  candidates: Array<{ x: number[]; right: boolean; question: ConfidenceVector }>;
}

/** Every train question asked of every engine, with its candidates' features, under the model in use. */
function collect(inUse: ModelWeights): Asked[] {
  const asked: Asked[] = [];
  for (const [corpus, base] of corpora.flatMap((c) =>
    [engines.get(c.name)!, withDistractors.get(c.name)].filter((e) => e !== undefined).map((e) => [c, e] as const),
  )) {
    const engine = base.withModel(inUse);
    for (const q of corpus.bank) {
      if (splitOf(q) !== 'train' || (!q.abstain && !q.answers.length)) continue;
      const analysis = engine.analyze(q.question ?? '', isQuestionType(q.type) ? q.type : null);
      asked.push({
        corpus,
        q,
        analysis,
        engine,
        candidates: analysis.ranked.map((r) => ({
          x: RANKING_FEATURES.map((f) => r.features[f]),
          right: r.forms.some((f) => candidateIsRight(f, q, corpus)),
          question: r.confidenceFeatures,
        })),
      });
    }
  }
  return asked;
}

interface Fitted {
  model: ModelWeights;
  asked: Asked[];
  /** Each question's best candidate: right or not, of an unanswerable question or not, its confidence. */
  tops: Array<{ right: boolean; unanswerable: boolean; p: number }>;
}

/** Where a candidate's feature vector holds its type fit (for isOfAskedType). */
const TYPE_FIT = RANKING_FEATURES.indexOf('type_fit');

/** Fits the four parts on the train questions as the model in use finds them. */
function fitModel(inUse: ModelWeights): Fitted {
  const asked = collect(inUse);
  // SQuAD counts at most as much as all the news corpora together: its questions are many, and of another kind.
  const squadQuestions = asked.filter((a) => a.corpus.squad).length;
  const squadWeight = squadShare(asked.length - squadQuestions, squadQuestions);

  // 1. Ranking: a softmax over each question's candidates, so the right ones come first.
  const ranking = fitRanking(
    asked.map((a) => ({ rows: a.candidates.map((c) => c.x), right: a.candidates.map((c) => c.right), weight: a.corpus.squad ? squadWeight : 1 })),
    { l2: L2_RANKING },
  );
  const rankingWeights = Object.fromEntries(RANKING_FEATURES.map((f, i) => [f, ranking.weights[i]!])) as Record<RankingFeature, number>;

  // 2. Confidence: per question, is the best candidate under those weights right?
  const tops = asked
    .filter((a) => a.candidates.length > 0)
    .map((a) => {
      const scored = a.candidates.map((c) => ({ ...c, s: c.x.reduce((sum, v, i) => sum + v * ranking.weights[i]!, 0) })).sort((x, y) => y.s - x.s);
      const top = scored[0]!;
      const features: ConfidenceVector = {
        ...top.question,
        score: top.s,
        margin: leadOver(top.s, scored[1]?.s),
        candidates: Math.log(1 + scored.length),
      };
      return {
        x: CONFIDENCE_NAMES.map((f) => features[f]),
        right: top.right,
        unanswerable: a.q.abstain === true,
        squad: Boolean(a.corpus.squad),
        reports: a.engine.reports,
        offerable: isOfAskedType({ type_fit: top.x[TYPE_FIT]! }),
      };
    });
  const calibration = fitLogistic(
    tops.map((t) => t.x),
    tops.map((t) => (t.right ? 1 : 0)),
    { l2: L2_CONFIDENCE },
    tops.map((t) => (t.squad ? squadWeight : 1)),
  );
  // 3. Passage order: a softmax over each question's passages, the ones holding the evidence as the target.
  const rankingModel = { ...MODEL, ranking: rankingWeights };
  const passageGroups = asked
    .filter((a) => !a.q.abstain && a.q.evidence.length && a.analysis.hits.length)
    .map((a) => {
      const ranked = a.analysis.ranked.map((r) => ({ ...r, score: rankingScore(r.features, rankingModel) }));
      const features = passageFeatures(a.analysis.hits, ranked, a.analysis.article);
      return {
        rows: features.map((f) => PASSAGE_NAMES.map((n) => f[n])),
        right: a.analysis.hits.map((h) => contains(h.passage.text, a.q.evidence)),
        weight: a.corpus.squad ? squadWeight : 1,
      };
    });
  const passage = fitRanking(passageGroups, { l2: L2_RANKING });
  const passageWeights = Object.fromEntries(PASSAGE_NAMES.map((f, i) => [f, passage.weights[i]!])) as Record<PassageFeature, number>;

  const model: ModelWeights = {
    ranking: rankingWeights,
    passage: passageWeights,
    confidence: {
      bias: calibration.bias,
      weights: Object.fromEntries(CONFIDENCE_NAMES.map((f, i) => [f, calibration.weights[i]!])) as Record<ConfidenceFeature, number>,
    },
    threshold: 0,
    fitted: {},
  };

  // 3. The threshold: the confidence at which offering the best candidate starts to pay, on `train`.
  // A candidate not of the asked kind is never offered (isOfAskedType): the threshold is chosen on what is.
  const withP = tops.map((t) => ({
    ...t,
    p: t.offerable ? 1 / (1 + Math.exp(-(calibration.bias + t.x.reduce((sum, v, i) => sum + v * calibration.weights[i]!, 0)))) : 0,
  }));
  const chosen = (some: readonly ScoredTop[]): number =>
    process.env['FIT_BAG'] === '0' ? oneStandardErrorThreshold(some, squadWeight).threshold : baggedThreshold(some, squadWeight);
  if (process.env['FIT_ONE_THRESHOLD'] === '1') model.threshold = chosen(withP);
  else {
    // Reports and reference texts each at their own threshold (see ModelWeights.threshold_reference).
    model.threshold = chosen(withP.filter((x) => x.reports));
    model.threshold_reference = chosen(withP.filter((x) => !x.reports));
  }
  if (process.env['FIT_CURVE']) {
    const { candidates, utilities } = oneStandardErrorThreshold(withP, squadWeight);
    for (let i = 0; i < candidates.length; i += Math.max(1, Math.floor(candidates.length / 40)))
      process.stdout.write(
        `  threshold ${candidates[i]!.toFixed(3)} offers ${withP.filter((x) => x.p >= candidates[i]!).length} utility ${utilities[i]!.toFixed(1)}\n`,
      );
  }
  return { model, asked, tops: withP };
}

/** The largest change of any weight between two models. */
function largestChange(x: ModelWeights, y: ModelWeights): number {
  const diffs = [
    ...RANKING_FEATURES.map((f) => x.ranking[f] - y.ranking[f]),
    ...PASSAGE_NAMES.map((f) => x.passage[f] - y.passage[f]),
    ...CONFIDENCE_NAMES.map((f) => x.confidence.weights[f] - y.confidence.weights[f]),
    x.confidence.bias - y.confidence.bias,
  ];
  return Math.max(...diffs.map(Math.abs));
}

// The passages candidates are drawn from are picked by the passage order in use, so a fit changes its own data:
// refit on what the new model finds until the weights settle (or ROUNDS runs out).
let fitted = fitModel(MODEL);
for (let round = 2; round <= ROUNDS; round += 1) {
  const next = fitModel(fitted.model);
  const change = largestChange(next.model, fitted.model);
  process.stdout.write(`round ${round}: largest weight change ${change.toFixed(3)}\n`);
  fitted = next;
  if (change < SETTLED) break;
}
const { model, asked } = fitted;
const withP = fitted.tops;
const answerable = withP.filter((x) => !x.unanswerable);
// For comparison: how often the hand-made product score alone put a right candidate first.
const productIndex = RANKING_FEATURES.indexOf('log_product');
const productFirst = asked.filter(
  (a) => !a.q.abstain && a.candidates.length && [...a.candidates].sort((x, y) => y.x[productIndex]! - x.x[productIndex]!)[0]!.right,
).length;
process.stdout.write(`hand-made product score ranks a right candidate first for ${productFirst}\n`);
const reachable = asked.filter((a) => !a.q.abstain && a.candidates.some((c) => c.right)).length;
process.stdout.write(
  `answerable train questions: ${asked.filter((a) => !a.q.abstain).length}; with a right candidate: ${reachable}; ranked first: ${answerable.filter((x) => x.right).length}\n`,
);

const runs = await runBank(corpora, (c) => Promise.resolve(new AnswerEngine(articlesOf.get(c.name)!, model)));
const parts = scoreBank(runs);
const brief = (split: 'train' | 'test'): Record<string, unknown> =>
  Object.fromEntries(
    parts
      .filter((p) => p.split === split)
      .map((p) => [
        p.corpus,
        {
          n: p.questions,
          passage_at_1: p.passage_at_1,
          answer: p.answer,
          best: p.best_candidate,
          abstain: p.abstain,
          false_abstain: p.false_abstain,
          ...(p.squad ? { squad_f1: p.squad.f1, squad_has_ans_f1: p.squad.has_ans_f1, squad_no_ans: p.squad.no_ans } : {}),
        },
      ]),
  );
model.fitted = {
  by: 'npm run fit (scripts/fit.ts): ranking by conditional logit (Adam, L2), confidence by logistic regression (Newton, L2), both on standardised features',
  l2_ranking: L2_RANKING,
  l2_confidence: L2_CONFIDENCE,
  distractors: DISTRACTORS ? 'the 500 Brown texts beside each corpus' : 'none',
  wrong_cost: WRONG_COST,
  questions: asked.length,
  candidates: asked.reduce((n, a) => n + a.candidates.length, 0),
  train: brief('train'),
  test: brief('test'),
};
const round = (v: number): number => Math.round(v * 1e4) / 1e4;
const roundAll = <K extends string>(r: Record<K, number>): Record<K, number> =>
  Object.fromEntries(Object.entries<number>(r).map(([k, v]) => [k, round(v)])) as Record<K, number>;
const out: ModelWeights = {
  ranking: roundAll(model.ranking),
  passage: roundAll(model.passage),
  confidence: { bias: round(model.confidence.bias), weights: roundAll(model.confidence.weights) },
  threshold: round(model.threshold),
  ...(model.threshold_reference === undefined ? {} : { threshold_reference: round(model.threshold_reference) }),
  fitted: model.fitted,
};
const weightsPath = path.join(PROJECT_ROOT, 'src', 'answer', 'answerWeights.json');
if (FOLD !== undefined) {
  process.stdout.write(`fitted on train less fold ${FOLD}; threshold ${out.threshold}\ntrain:      ${JSON.stringify(model.fitted['train'])}\n`);
  process.stdout.write(`validation: ${JSON.stringify(model.fitted['test'])}\n`);
  // `--out FILE`: the fold's replies, for `npm run fit:folds` to pool with the other folds'.
  const outArg = process.argv.indexOf('--out');
  if (outArg >= 0) {
    const saved = { fold: FOLD, threshold: out.threshold, runs: runs.map(({ corpus, outputs, bestCandidates }) => ({ corpus, outputs, bestCandidates })) };
    await writeFile(process.argv[outArg + 1]!, JSON.stringify(saved));
  }
  process.exit(0);
}
if (process.argv.includes('--check')) process.exit(checkCommitted(out, JSON.parse(await readFile(weightsPath, 'utf8')) as ModelWeights));
// Written beside, then renamed into place: a fit stopped half-way never leaves a broken weights file.
await writeFile(`${weightsPath}.tmp`, `${JSON.stringify(out, null, 2)}\n`);
await rename(`${weightsPath}.tmp`, weightsPath);
process.stdout.write(`fitted on ${asked.length} train questions; threshold ${out.threshold}\nranking:\n`);
for (const f of RANKING_FEATURES) process.stdout.write(`  ${f.padEnd(18)} ${out.ranking[f].toFixed(3)}\n`);
process.stdout.write('passage order:\n');
for (const f of PASSAGE_NAMES) process.stdout.write(`  ${f.padEnd(20)} ${out.passage[f].toFixed(3)}\n`);
process.stdout.write(`confidence (bias ${out.confidence.bias}):\n`);
for (const f of CONFIDENCE_NAMES) process.stdout.write(`  ${f.padEnd(18)} ${out.confidence.weights[f].toFixed(3)}\n`);
process.stdout.write(`train: ${JSON.stringify(model.fitted['train'])}\ntest:  ${JSON.stringify(model.fitted['test'])}\n`);

/**
 * `npm run fit -- --check`: whether the committed weights are the fit of this code (CI runs it). A change that
 * alters what the fit sees (the candidates, the passages found) moves the fit's fixed point; the weights must
 * then be refitted, or `npm run eval` reports a model nobody can reproduce. Exit code 0 when they are, 1 when not.
 */
function checkCommitted(fresh: ModelWeights, committed: ModelWeights): number {
  const gaps: Array<[string, number]> = [
    ...RANKING_FEATURES.map((f): [string, number] => [`ranking.${f}`, Math.abs(fresh.ranking[f] - (committed.ranking[f] ?? 0))]),
    ...PASSAGE_NAMES.map((f): [string, number] => [`passage.${f}`, Math.abs(fresh.passage[f] - (committed.passage[f] ?? 0))]),
    ...CONFIDENCE_NAMES.map((f): [string, number] => [`confidence.${f}`, Math.abs(fresh.confidence.weights[f] - (committed.confidence.weights[f] ?? 0))]),
    ['confidence.bias', Math.abs(fresh.confidence.bias - committed.confidence.bias)],
  ];
  const [name, gap] = gaps.reduce((a, b) => (b[1] > a[1] ? b : a));
  const thresholdGap = Math.max(
    Math.abs(fresh.threshold - committed.threshold),
    Math.abs((fresh.threshold_reference ?? fresh.threshold) - (committed.threshold_reference ?? committed.threshold)),
  );
  const ok = gap <= CHECK_TOLERANCE.weight && thresholdGap <= CHECK_TOLERANCE.threshold;
  process.stdout.write(
    `${ok ? 'the committed weights are the fit of this code' : 'the committed weights are NOT the fit of this code: run npm run fit and commit src/answer/answerWeights.json'}` +
      ` (largest weight gap ${gap.toFixed(4)} at ${name}, allowed ${CHECK_TOLERANCE.weight}; threshold ${committed.threshold} / ${committed.threshold_reference ?? '-'} (reference texts) against ${fresh.threshold} / ${fresh.threshold_reference ?? '-'}, allowed ${CHECK_TOLERANCE.threshold})\n`,
  );
  return ok ? 0 : 1;
}

interface ScoredTop {
  p: number;
  /** Asked of a folder holding news reports (AnswerEngine.reports), not of reference texts alone. */
  reports: boolean;
  right: boolean;
  unanswerable: boolean;
  squad: boolean;
}

/**
 * The lowest confidence threshold whose train utility (right answers offered + unanswerable questions left
 * without one − WRONG_COST × wrong ones offered) is within one standard error of the best. The utility is flat
 * near its best (offering a hundred more answers may change it by a few questions), so its argmax jumps with any
 * small change; the standard error is counted over the questions the two thresholds treat differently. Lowest,
 * because a right answer withheld is a loss too: among thresholds the data cannot tell apart, answer.
 */
function oneStandardErrorThreshold(withP: readonly ScoredTop[], squadWeight: number): { threshold: number; candidates: number[]; utilities: number[] } {
  const candidates = [...new Set(withP.map((x) => x.p))].sort((a, b) => a - b);
  const weight = (x: ScoredTop): number => (x.squad ? squadWeight : 1);
  const utilities = candidates.map((t) => {
    let utility = 0;
    for (const x of withP) {
      if (x.p >= t) utility += weight(x) * (x.right ? 1 : -WRONG_COST);
      else if (x.unanswerable) utility += weight(x);
    }
    return utility;
  });
  const bestAt = utilities.indexOf(Math.max(...utilities));
  const gain = (x: ScoredTop): number => weight(x) * ((x.right ? 1 : -WRONG_COST) - (x.unanswerable ? 1 : 0));
  const withinError = candidates.findIndex((t, i) => {
    if (i > bestAt) return false;
    const between = withP.filter((x) => x.p >= t && x.p < candidates[bestAt]!);
    const error = Math.sqrt(between.reduce((sum, x) => sum + gain(x) ** 2, 0));
    return utilities[bestAt]! - utilities[i]! <= error;
  });
  return { threshold: candidates[withinError >= 0 ? withinError : bestAt] ?? 1, candidates, utilities };
}

/**
 * The median of {@link oneStandardErrorThreshold} over bootstrap resamples of the train questions (a fixed seed,
 * so a fit is reproducible). On one sample the rule lands on either side of a step in the flat utility curve
 * (0.38 or 0.42 from fits of near-identical code, 1.5 points of train answer apart); the median over resamples
 * moves only when the evidence does.
 */
function baggedThreshold(withP: readonly ScoredTop[], squadWeight: number): number {
  let seed = 0x9e3779b9;
  // mulberry32: a small seeded generator, enough to draw resamples.
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const thresholds: number[] = [];
  for (let b = 0; b < THRESHOLD_BAGS; b += 1) {
    const sample = withP.map(() => withP[Math.floor(random() * withP.length)]!);
    thresholds.push(oneStandardErrorThreshold(sample, squadWeight).threshold);
  }
  thresholds.sort((a, b) => a - b);
  return thresholds[(THRESHOLD_BAGS - 1) / 2]!;
}
