/** The evaluation tools: the official SQuAD 2.0 measure, and the fits behind the answer model. */
import { describe, expect, it } from 'vitest';
import { squadFigures, squadScore } from '../src/evaluate/squadScore.ts';
import { fitLogistic, fitRanking, squadShare } from '../src/evaluate/fitLogistic.ts';
import { poolTestRuns, scoreBank, type BankRun } from '../src/evaluate/runBank.ts';
import { candidateIsRight, validationFold, VALIDATION_FOLDS, type BankQuestion, type LoadedCorpus } from '../src/evaluate/questionBank.ts';
import type { JsonReply } from '../src/render/replyJson.ts';
import type { AnswerEngine } from '../src/answer/answerEngine.ts';

describe('the SQuAD 2.0 measure', () => {
  it('normalises as the official script does: case, punctuation and articles do not count', () => {
    expect(squadScore('The Normans.', ['Normans'])).toEqual({ f1: 1, exact: 1 });
    expect(squadScore('in the 10th century', ['10th and 11th centuries']).f1).toBeCloseTo(2 / 7, 5);
  });

  it('scores an unanswerable question 1 only when no short answer is offered, and an unoffered answer 0', () => {
    expect(squadScore(null, [])).toEqual({ f1: 1, exact: 1 });
    expect(squadScore('France', [])).toEqual({ f1: 0, exact: 0 });
    expect(squadScore(null, ['France'])).toEqual({ f1: 0, exact: 0 });
    const figures = squadFigures([
      { prediction: 'France', gold: ['France'] },
      { prediction: null, gold: [] },
      { prediction: 'Rollo', gold: [] },
      { prediction: null, gold: ['Normandy'] },
    ]);
    expect(figures).toMatchObject({ f1: 50, has_ans_f1: 50, no_ans: 50, has_ans_offered: 50, total: 4 });
  });
});

describe('the fits', () => {
  it('logistic regression finds the feature that separates right from wrong, on the raw scale', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const signal = (i % 10) / 10;
      const noise = ((i * 7919) % 13) / 13;
      rows.push([signal * 100, noise]);
      labels.push(signal > 0.5 ? 1 : 0);
    }
    const fit = fitLogistic(rows, labels, { l2: 0.1 });
    expect(fit.weights[0]!).toBeGreaterThan(0);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(Math.abs(fit.weights[0]! * 100));
    // On the raw scale: a row well above the boundary scores positive, one well below negative.
    expect(fit.bias + fit.weights[0]! * 90).toBeGreaterThan(0);
    expect(fit.bias + fit.weights[0]! * 10).toBeLessThan(0);
  });

  it("the ranking fit puts each question's right candidate first", () => {
    const groups = Array.from({ length: 30 }, (_, g) => {
      const rows = [0, 1, 2, 3].map((c) => [c === g % 4 ? 1 : 0.2, (g + c) % 3]);
      return { rows, right: rows.map((_, c) => c === g % 4) };
    });
    const { weights } = fitRanking(groups, { iterations: 200 });
    const firsts = groups.filter((g) => {
      const scores = g.rows.map((r) => r.reduce((s, v, j) => s + v * weights[j]!, 0));
      return g.right[scores.indexOf(Math.max(...scores))];
    });
    expect(firsts.length).toBe(groups.length);
  });

  it('refuses a feature that is not a finite number, naming where it is, rather than fit NaN weights', () => {
    const groups = [
      {
        rows: [
          [1, 0],
          [0, Number.NaN],
        ],
        right: [true, false],
      },
    ];
    expect(() => fitRanking(groups)).toThrow(/row 1 column 1 is NaN/);
    expect(() => fitLogistic([[1], [Infinity]], [1, 0])).toThrow(/row 1 column 0 is Infinity/);
  });
});

describe('the weight of SQuAD in a fit', () => {
  it('lets SQuAD count at most as much as the news questions together, and each SQuAD question at most as much as a news one', () => {
    expect(squadShare(396, 418) * 418).toBeCloseTo(396, 6);
    expect(squadShare(500, 100)).toBe(1);
    expect(squadShare(10, 0)).toBe(1);
  });
});

describe('what the fit counts as a right candidate', () => {
  const q = (answers: string[], abstain = false): BankQuestion => ({ id: 'x', type: null, intent: null, question: 'q', answers, evidence: [], abstain });
  it('takes a news candidate that holds a gold answer, a SQuAD one whose token F1 reaches 0.5, and none for an unanswerable question', () => {
    expect(candidateIsRight('the Welsh Centre for Burns in Swansea', q(['Welsh Centre for Burns']), {})).toBe(true);
    expect(candidateIsRight('Swansea', q(['Welsh Centre for Burns']), {})).toBe(false);
    // SQuAD rewards tight spans: a long span holding the answer is not right, an overlapping one may be.
    expect(candidateIsRight('the 10th and 11th centuries in northern France', q(['10th and 11th centuries']), { squad: true })).toBe(true);
    expect(candidateIsRight('in the 10th century, when the Normans gave their name to Normandy', q(['10th century']), { squad: true })).toBe(false);
    expect(candidateIsRight('Swansea', q([], true), {})).toBe(false);
  });
});

describe('validation folds of train', () => {
  const question = (id: string, split: 'train' | 'test' | null): BankQuestion => ({
    id,
    type: null,
    intent: 'who',
    question: id,
    answers: ['x'],
    evidence: ['x'],
    split,
  });
  const bank = [...Array.from({ length: 40 }, (_, i) => question(`q-${i}`, i % 5 === 0 ? 'test' : i % 7 === 0 ? null : 'train'))];
  const corpora: LoadedCorpus[] = [{ name: 'c', dir: 'c', questions: [], bank }];

  it('sets test aside and cuts train into folds that cover it once', () => {
    const folds = Array.from({ length: VALIDATION_FOLDS }, (_, k) => validationFold(corpora, k + 1)[0]!.bank);
    const trainIds = bank.filter((q) => q.split !== 'test').map((q) => q.id);
    for (const f of folds) {
      expect(f.map((q) => q.id).sort()).toEqual([...trainIds].sort());
      expect(f.some((q) => q.split === 'test')).toBe(true);
    }
    const held = folds.flatMap((f) => f.filter((q) => q.split === 'test').map((q) => q.id));
    expect(held.sort()).toEqual([...trainIds].sort());
    // The bank itself is left as it was.
    expect(bank.filter((q) => q.split === 'test')).toHaveLength(8);
  });

  it('by corpus, holds out whole news corpora, each in one fold, and never SQuAD', () => {
    const news = ['a', 'b', 'c', 'd', 'e'].map((name): LoadedCorpus => ({
      name,
      dir: name,
      questions: [],
      bank: [question(`${name}-1`, 'train'), question(`${name}-2`, 'test')],
    }));
    const squad: LoadedCorpus = { name: 's', dir: 's', questions: [], squad: true, bank: [question('s-1', 'train')] };
    const heldBy = Array.from({ length: VALIDATION_FOLDS }, (_, k) =>
      validationFold([...news, squad], k + 1, 'corpus')
        .filter((c) => c.bank.some((q) => q.split === 'test'))
        .map((c) => c.name),
    );
    expect(heldBy.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // A held-out corpus is held out whole (its test questions set aside), the others fitted on whole.
    for (const [k, held] of heldBy.entries())
      for (const c of validationFold([...news, squad], k + 1, 'corpus'))
        expect(c.bank.map((q) => q.split)).toEqual(c.bank.map(() => (held.includes(c.name) ? 'test' : 'train')));
  });

  it('by corpus, holds a corpus out with the corpus that asks of the same folder', () => {
    const corpus = (name: string, dir: string): LoadedCorpus => ({ name, dir, questions: [], bank: [question(`${name}-1`, 'train')] });
    const all = [corpus('a', 'A'), corpus('b', 'B'), corpus('c', 'C'), corpus('d', 'D'), corpus('e', 'E'), corpus('main-a', 'A'), corpus('main-d', 'D')];
    const heldBy = Array.from({ length: VALIDATION_FOLDS }, (_, k) =>
      validationFold(all, k + 1, 'corpus')
        .filter((c) => c.bank.some((q) => q.split === 'test'))
        .map((c) => c.name)
        .sort(),
    );
    // The folders are dealt as before (a and e, then b, c, d); a second corpus of a folder follows the first.
    expect(heldBy).toEqual([['a', 'e', 'main-a'], ['b'], ['c'], ['d', 'main-d']]);
  });

  it('refuses a fold out of range', () => {
    expect(() => validationFold(corpora, 0)).toThrow(/a fold is 1 to 4/);
    expect(() => validationFold(corpora, 5)).toThrow(/a fold is 1 to 4/);
  });
});

describe('question bank figures', () => {
  it('scores the best candidate apart from the offered answer, per part and pooled', () => {
    const q = (id: string, split: 'train' | 'test'): BankQuestion => ({
      id,
      type: 'who',
      intent: 'who',
      question: 'who?',
      answers: ['Kim'],
      evidence: ['Kim'],
      split,
    });
    const corpus: LoadedCorpus = { name: 'c', dir: 'c', questions: [], bank: [q('a', 'test'), q('b', 'test'), q('c', 'train')] };
    const passage = [{ text: 'Kim came.' }] as JsonReply['passages'];
    const reply = (answer: string | null): JsonReply => ({ answer, passages: passage }) as JsonReply;
    // Only `a` is offered; `b`'s best candidate was right but withheld.
    const run: BankRun = { corpus, engine: {} as AnswerEngine, outputs: [reply('Kim'), reply(null), reply(null)], bestCandidates: ['Kim', 'Kim', 'Putin'] };
    const test = scoreBank([run], ['test']).find((p) => p.corpus === 'c')!;
    expect(test.answer).toBe(50);
    expect(test.best_candidate).toBe(100);
    expect(scoreBank([run], ['train']).find((p) => p.corpus === 'all')!.best_candidate).toBe(0);
  });

  it('reports the off-topic runs on their own, apart from the bank pooled as `all`', () => {
    const q = (id: string, abstain: boolean): BankQuestion => ({
      id,
      type: null,
      intent: 'who',
      question: id,
      answers: abstain ? [] : ['Kim'],
      evidence: abstain ? [] : ['Kim'],
      abstain,
      split: 'test',
    });
    const shown = (answer: string | null): JsonReply => ({ answer, passages: [{ text: 'Kim came.' }] }) as JsonReply;
    const none = { answer: null, passages: [] } as unknown as JsonReply;
    const news: BankRun = {
      corpus: { name: 'c', dir: 'c', questions: [], bank: [q('a', false), q('b', true)] },
      engine: {} as AnswerEngine,
      outputs: [shown('Kim'), none],
      bestCandidates: ['Kim', null],
    };
    // Asked of the same folder, one off-topic question abstains and one is shown a passage.
    const offTopic: BankRun = {
      corpus: { name: 'off-topic-c', dir: 'c', questions: [], offTopic: true, bank: [q('x', true), q('y', true)] },
      engine: {} as AnswerEngine,
      outputs: [none, shown(null)],
      bestCandidates: [null, null],
    };
    const parts = scoreBank([news, offTopic], ['test']);
    expect(parts.find((p) => p.corpus === 'off-topic-c')!.abstain).toBe(50);
    const all = parts.find((p) => p.corpus === 'all')!;
    expect(all.questions).toBe(2);
    expect(all.abstain).toBe(100);
  });

  it("pools validation folds: each fold's held-out questions with their replies, once each, per corpus", () => {
    const q = (id: string, split: 'train' | 'test'): BankQuestion => ({
      id,
      type: 'who',
      intent: 'who',
      question: id,
      answers: ['Kim'],
      evidence: ['Kim'],
      split,
    });
    const reply = (answer: string | null): JsonReply => ({ answer, passages: [{ text: 'Kim came.' }] }) as JsonReply;
    const corpus = (bank: BankQuestion[]): LoadedCorpus => ({ name: 'c', dir: 'c', questions: [], bank });
    // Fold 1 held out `a` (right), fold 2 held out `b` (no answer); each fold also answered the other's question.
    const fold1 = { corpus: corpus([q('a', 'test'), q('b', 'train')]), outputs: [reply('Kim'), reply('Kim')], bestCandidates: ['Kim', 'Kim'] };
    const fold2 = { corpus: corpus([q('a', 'train'), q('b', 'test')]), outputs: [reply('Putin'), reply(null)], bestCandidates: ['Putin', 'Kim'] };
    const pooled = poolTestRuns([fold1, fold2]);
    expect(pooled).toHaveLength(1);
    expect(pooled[0]!.corpus.bank.map((x) => x.id)).toEqual(['a', 'b']);
    const figures = scoreBank(pooled, ['test']).find((p) => p.corpus === 'c')!;
    expect(figures.questions).toBe(2);
    expect(figures.answer).toBe(50);
    expect(figures.best_candidate).toBe(100);
  });
});
