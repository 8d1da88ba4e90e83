/**
 * The question bank: questions over several corpora (folders of articles), each question in the `train` part
 * (tuned and fitted on) or the `test` part (never tuned on). `tests/bank/corpora.json` names each corpus's
 * folder and question files; a question line has the dev-set fields of `../shared/eval/README.md` plus
 * `split` (and, for SQuAD, `group`: the article it was asked of).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.ts';
import { answerIsRight, type EvalQuestion } from './scoreRun.ts';
import { squadScore } from './squadScore.ts';

export type Split = 'train' | 'test';

export interface BankQuestion extends EvalQuestion {
  split?: Split | null;
  /** SQuAD: the Wikipedia article the question was written on. */
  group?: string;
}

export interface Corpus {
  /** Short name used in reports: `seeds`, `squad`... */
  name: string;
  /** Folder of `.txt` articles, relative to the project. */
  dir: string;
  /** Question files, relative to the project. */
  questions: string[];
  /** Scored with the official SQuAD 2.0 measure as well. */
  squad?: boolean;
  /**
   * General-knowledge questions no news folder answers (`tests/bank/off-topic.jsonl`), asked of this folder: they
   * measure full abstention only. Not fitted on (beside the Brown texts some of them do find an answer), and
   * reported apart from `all`, which stays the bank's own questions.
   */
  offTopic?: boolean;
}

/** Whether the fits learn from a corpus: every one but the off-topic runs (see {@link Corpus.offTopic}). */
export const fittedOn = (corpus: Corpus): boolean => !corpus.offTopic;

export interface LoadedCorpus extends Corpus {
  bank: BankQuestion[];
}

export const BANK_DIR = path.join(PROJECT_ROOT, 'tests', 'bank');

/**
 * The one reader of question files (the dev set, the bank, `eval FILE`, the bench): one JSON object a line,
 * blank lines skipped; a line that is not JSON throws, naming `name` (the file) and the line.
 */
export function parseQuestionLines<Q extends EvalQuestion = EvalQuestion>(text: string, name: string): Q[] {
  return text
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as Q;
      } catch {
        throw new Error(`${name} line ${i + 1} is not JSON`);
      }
    });
}

export async function readBankFile(file: string): Promise<BankQuestion[]> {
  return parseQuestionLines<BankQuestion>(await readFile(file, 'utf8'), path.relative(PROJECT_ROOT, file));
}

/** Every corpus of the bank with its questions; `only` keeps the named corpora. */
/** The bank's corpora as `tests/bank/corpora.json` names them (folder and question files), without their questions. */
export async function readCorpora(): Promise<Corpus[]> {
  return JSON.parse(await readFile(path.join(BANK_DIR, 'corpora.json'), 'utf8')) as Corpus[];
}

export async function loadBank(only?: readonly string[]): Promise<LoadedCorpus[]> {
  const corpora = await readCorpora();
  const chosen = only?.length ? corpora.filter((c) => only.includes(c.name)) : corpora;
  return Promise.all(chosen.map(async (c) => ({ ...c, bank: (await Promise.all(c.questions.map((f) => readBankFile(path.join(PROJECT_ROOT, f))))).flat() })));
}

/** FNV-1a: a stable hash of a question's id, so the same id always lands in the same part and fold. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** How many folds `train` is cut into for validation (`npm run fit -- --fold K`). */
export const VALIDATION_FOLDS = 4;

/**
 * The bank for choosing among settings without reading `test`: its `test` questions set aside, and fold `fold`
 * (1..VALIDATION_FOLDS) of `train`, by the stable hash of each question's id, marked `test` in their place: a
 * model fitted on the rest is then scored on questions it did not see.
 */
export function validationFold(corpora: readonly LoadedCorpus[], fold: number, by: FoldUnit = 'question'): LoadedCorpus[] {
  if (!Number.isInteger(fold) || fold < 1 || fold > VALIDATION_FOLDS) throw new Error(`a fold is 1 to ${VALIDATION_FOLDS}, not ${fold}`);
  const heldCorpora = by === 'corpus' ? corpusFold(corpora, fold) : null;
  const heldOut = (c: LoadedCorpus, q: BankQuestion): boolean => (heldCorpora ? heldCorpora.has(c.name) : (stableHash(q.id) % VALIDATION_FOLDS) + 1 === fold);
  return corpora.map((c) => ({
    ...c,
    bank: c.bank.filter((q) => q.split !== 'test').map((q) => (heldOut(c, q) ? { ...q, split: 'test' as const } : q)),
  }));
}

/**
 * What a validation fold holds out: questions by the hash of their id (`question`: the corpora's articles are
 * seen in fitting, as the held-back questions on the seeds are), or whole news corpora (`corpus`: as another
 * event's articles are unseen; SQuAD is never held out, so the fit always sees its genre).
 */
export type FoldUnit = 'question' | 'corpus';

/**
 * The news corpora with train questions, by name, dealt round to the folds: fold `fold`'s share. A corpus asking
 * of a folder another corpus listed before it asks of (`main-seeds` of `seeds`) goes with that one, so no fold
 * holds a folder's questions out while fitting on its articles.
 */
function corpusFold(corpora: readonly LoadedCorpus[], fold: number): Set<string> {
  const news = corpora.filter((c) => !c.squad && c.bank.some((q) => q.split === 'train'));
  const first = new Map<string, string>();
  for (const c of news) if (!first.has(c.dir)) first.set(c.dir, c.name);
  const dealt = [...first.values()].sort();
  const held = new Set(dealt.filter((_, i) => (i % VALIDATION_FOLDS) + 1 === fold));
  return new Set(news.filter((c) => held.has(first.get(c.dir)!)).map((c) => c.name));
}

/**
 * Whether a candidate answer (one way it is written) is right for a bank question, as the fit learns it: the
 * scorer's containment for news, token F1 ≥ 0.5 against the best gold span for SQuAD (its measure rewards tight
 * spans). Never for an unanswerable question.
 */
export function candidateIsRight(text: string, q: BankQuestion, corpus: Pick<Corpus, 'squad'>): boolean {
  if (q.abstain || !q.answers.length) return false;
  if (corpus.squad) return squadScore(text, q.answers).f1 >= 0.5;
  return answerIsRight(text, q);
}
