/**
 * `npm run fit:ranking`: the candidate ranking alone, validated on the four folds of `train` with the candidates
 * held fixed, in about a minute (`npm run fit:folds` refits everything and takes five). Every train question is
 * asked once of its corpus under the committed model; then, for each fold, the ranking is refitted (as `npm run
 * fit` fits it: conditional logit, the same L2, SQuAD weighted as much as the news corpora together) on the other
 * three folds and judged on that one: how many questions get a right candidate first. Only the ranking moves, so
 * a feature's worth is read without the threshold's or the passage order's noise.
 *
 *     npm run fit:ranking                              # all ranking features
 *     npm run fit:ranking -- --without soft_overlap    # and again without one (or more) of them
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { loadArticles } from '../src/ingest/loadArticles.ts';
import { AnswerEngine } from '../src/answer/answerEngine.ts';
import { RANKING_FEATURES, type RankingFeature } from '../src/answer/answerModel.ts';
import { isQuestionType } from '../src/shared/questionType.ts';
import { candidateIsRight, fittedOn, loadBank, stableHash, VALIDATION_FOLDS } from '../src/evaluate/questionBank.ts';
import { splitOf } from '../src/evaluate/runBank.ts';
import { fitRanking, RANKING_L2, squadShare } from '../src/evaluate/fitLogistic.ts';

const without: RankingFeature[] = [];
for (let i = process.argv.indexOf('--without'); i >= 0 && i + 1 < process.argv.length; i = process.argv.indexOf('--without', i + 1)) {
  const name = process.argv[i + 1]!;
  if (!(RANKING_FEATURES as readonly string[]).includes(name)) {
    process.stderr.write(`fit:ranking: no ranking feature ${JSON.stringify(name)}; they are: ${RANKING_FEATURES.join(', ')}\n`);
    process.exit(2);
  }
  without.push(name as RankingFeature);
}

interface Group {
  fold: number;
  squad: boolean;
  rows: Record<RankingFeature, number>[];
  right: boolean[];
}

const groups: Group[] = [];
for (const corpus of (await loadBank()).filter(fittedOn)) {
  const engine = new AnswerEngine((await loadArticles(path.join(PROJECT_ROOT, corpus.dir))).articles);
  for (const q of corpus.bank) {
    if (splitOf(q) !== 'train' || q.abstain || !q.answers.length) continue;
    const ranked = engine.analyze(q.question ?? '', isQuestionType(q.type) ? q.type : null).ranked;
    groups.push({
      fold: (stableHash(q.id) % VALIDATION_FOLDS) + 1,
      squad: Boolean(corpus.squad),
      rows: ranked.map((r) => r.features),
      right: ranked.map((r) => r.forms.some((f) => candidateIsRight(f, q, corpus))),
    });
  }
}

/** Questions whose first candidate is right, per fold, when the ranking is fitted on the other folds with `features`. */
function rightFirst(features: readonly RankingFeature[]): { news: number[]; squad: number[] } {
  const news: number[] = [];
  const squad: number[] = [];
  for (let fold = 1; fold <= VALIDATION_FOLDS; fold += 1) {
    const fitOn = groups.filter((g) => g.fold !== fold);
    const squadCount = fitOn.filter((g) => g.squad).length;
    const share = squadShare(fitOn.length - squadCount, squadCount);
    const { weights } = fitRanking(
      fitOn.map((g) => ({ rows: g.rows.map((r) => features.map((f) => r[f])), right: g.right, weight: g.squad ? share : 1 })),
      { l2: RANKING_L2 },
    );
    const counts = { news: 0, squad: 0 };
    for (const g of groups) {
      if (g.fold !== fold || !g.rows.length) continue;
      const scores = g.rows.map((r) => features.reduce((s, f, j) => s + weights[j]! * r[f], 0));
      if (g.right[scores.indexOf(Math.max(...scores))]) counts[g.squad ? 'squad' : 'news'] += 1;
    }
    news.push(counts.news);
    squad.push(counts.squad);
  }
  return { news, squad };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const report = (label: string, r: { news: number[]; squad: number[] }): void => {
  process.stdout.write(`${label.padEnd(40)} news ${sum(r.news)} (${r.news.join(' / ')})  squad ${sum(r.squad)} (${r.squad.join(' / ')})\n`);
};
const answerable = { news: groups.filter((g) => !g.squad).length, squad: groups.filter((g) => g.squad).length };
process.stdout.write(`answerable train questions with a right candidate first, of ${answerable.news} news and ${answerable.squad} SQuAD (per fold):\n`);
report('all ranking features', rightFirst(RANKING_FEATURES));
for (const f of without) report(`without ${f}`, rightFirst(RANKING_FEATURES.filter((x) => x !== f)));
