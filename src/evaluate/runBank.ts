/**
 * Runs the question bank through the engine, corpus by corpus, and scores each part (`train`, `test`) with the
 * dev-set figures and, for SQuAD corpora, the official SQuAD 2.0 measure.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.ts';
import { loadEngine } from '../loadEngine.ts';
import type { AnswerEngine } from '../answer/answerEngine.ts';
import { isQuestionType } from '../shared/questionType.ts';
import { toJsonReply, type JsonReply } from '../render/replyJson.ts';
import { scoreRun, type EvalFigures } from './scoreRun.ts';
import { squadFigures, type SquadFigures } from './squadScore.ts';
import type { BankQuestion, LoadedCorpus, Split } from './questionBank.ts';

export interface PartFigures extends EvalFigures {
  corpus: string;
  split: Split;
  questions: number;
  /**
   * `answer` had the best candidate always been offered (no confidence threshold): how good the ranking is,
   * apart from how often the model trusts it.
   */
  best_candidate: number | null;
  squad?: SquadFigures;
}

export interface BankRun {
  corpus: LoadedCorpus;
  engine: AnswerEngine;
  outputs: JsonReply[];
  /** Each question's best candidate, offered or not (null when none was found). */
  bestCandidates: Array<string | null>;
}

/** What scoring needs of a run: its questions and the replies (a run saved to a file and read back has no engine). */
export type ScoredRun = Pick<BankRun, 'corpus' | 'outputs' | 'bestCandidates'>;

/** Loads each corpus's engine once and asks every question of the bank. */
export async function runBank(corpora: readonly LoadedCorpus[], engineFor?: (c: LoadedCorpus) => Promise<AnswerEngine>): Promise<BankRun[]> {
  const runs: BankRun[] = [];
  for (const corpus of corpora) {
    const engine = engineFor ? await engineFor(corpus) : (await loadEngine(path.join(PROJECT_ROOT, corpus.dir))).engine;
    const outputs = corpus.bank.map((q) => toJsonReply(engine.ask(q.question ?? '', isQuestionType(q.type) ? q.type : null)));
    const bestCandidates = corpus.bank.map((q) => engine.analyze(q.question ?? '', isQuestionType(q.type) ? q.type : null).ranked[0]?.display ?? null);
    runs.push({ corpus, engine, outputs, bestCandidates });
  }
  return runs;
}

/** The question's split; anything not marked `test` is `train`. */
export function splitOf(q: BankQuestion): Split {
  return q.split === 'test' ? 'test' : 'train';
}

/** Figures per corpus and part, then `all` corpora per part (the off-topic runs apart: see `Corpus.offTopic`). */
export function scoreBank(runs: readonly ScoredRun[], splits: readonly Split[] = ['train', 'test']): PartFigures[] {
  const parts: PartFigures[] = [];
  for (const split of splits) {
    const pooledQ: BankQuestion[] = [];
    const pooledO: JsonReply[] = [];
    const pooledBest: JsonReply[] = [];
    for (const { corpus, outputs, bestCandidates } of runs) {
      const idx = corpus.bank.map((q, i) => [q, i] as const).filter(([q]) => splitOf(q) === split);
      if (!idx.length) continue;
      const qs = idx.map(([q]) => q);
      const os = idx.map(([, i]) => outputs[i]!);
      const best = idx.map(([, i]) => ({ ...outputs[i]!, answer: bestCandidates[i] ?? null }));
      const figures: PartFigures = { corpus: corpus.name, split, questions: qs.length, ...scoreRun(qs, os), best_candidate: scoreRun(qs, best).answer };
      if (corpus.squad) figures.squad = squadFigures(qs.map((q, i) => ({ prediction: os[i]!.answer, gold: q.abstain ? [] : q.answers })));
      parts.push(figures);
      if (corpus.offTopic) continue;
      pooledQ.push(...qs);
      pooledO.push(...os);
      pooledBest.push(...best);
    }
    if (pooledQ.length)
      parts.push({ corpus: 'all', split, questions: pooledQ.length, ...scoreRun(pooledQ, pooledO), best_candidate: scoreRun(pooledQ, pooledBest).answer });
  }
  return parts;
}

/**
 * One run per corpus from several: each run's `test` questions (a validation fold's, see `validationFold`) with
 * their replies, pooled, so figures are counted over every fold's questions at once.
 */
export function poolTestRuns(runs: readonly ScoredRun[]): ScoredRun[] {
  const pooled = new Map<string, ScoredRun>();
  for (const run of runs) {
    const into = pooled.get(run.corpus.name) ?? { corpus: { ...run.corpus, bank: [] }, outputs: [], bestCandidates: [] };
    pooled.set(run.corpus.name, into);
    run.corpus.bank.forEach((q, i) => {
      if (splitOf(q) !== 'test') return;
      into.corpus.bank.push(q);
      into.outputs.push(run.outputs[i]!);
      into.bestCandidates.push(run.bestCandidates[i] ?? null);
    });
  }
  return [...pooled.values()];
}
