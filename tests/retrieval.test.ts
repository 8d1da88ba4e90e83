/**
 * Sentence retrieval: the compact index scores exactly as MiniSearch did, and pruning keeps what the
 * passage ranking reads (the best sentences exactly, their passages whole, every matched question word).
 */
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../src/ingest/loadArticles.ts';
import { splitSentences } from '../src/search/tokenizer.ts';
import { DEFAULT_SEEDS_DIR } from '../src/loadEngine.ts';
import { analyzeTerm, tokenize } from '../src/search/tokenizer.ts';
import { PassageIndex, typoDistance } from '../src/search/passageIndex.ts';
import type { SentenceMatch } from '../src/search/sentencePostings.ts';

const articles = [
  ...(await loadArticles(DEFAULT_SEEDS_DIR)).articles,
  ...(await loadArticles(path.join(import.meta.dirname, 'fixtures', 'other-event'))).articles,
];
// Without the background word counts, so the scores can be checked against MiniSearch's over the same sentences.
const index = new PassageIndex(articles, undefined, null);
// With them and related terms (the default): pruning must keep what it keeps either way.
const englishIndex = new PassageIndex(articles);
const retrieveFrom =
  (from: PassageIndex) =>
  (query: string, depth: number): SentenceMatch[] => {
    from.retrievalDepth = depth;
    return (from as unknown as { retrieveSentences(q: string): SentenceMatch[] }).retrieveSentences(query);
  };
const retrieve = retrieveFrom(index);

const QUESTIONS = [
  'Who met Putin?',
  'How many times has Kim met Xi Jinping?',
  'Where did Kim cross into Russia by train?',
  'When will Putin and Kim hold talks in Vladivostok?',
  'Why did the talks with Trump in Hanoi collapse?',
  "Who is Kim Jong Un's father?",
  'Who opened the bridge over the Danube?',
  'What did the Kremlin say about the summit, the summit and the talks?',
  'Vladivostock Pompio sanctions',
  'how many peple were at the tlaks',
  'the of and',
  'Who financed the bridge, and who greeted the leaders when they quit the talks?',
];

describe('sentence retrieval', () => {
  it('scores every sentence exactly as MiniSearch did (text and heading fields, typo variants, repeated words)', () => {
    const ms = new MiniSearch<{ id: number; text: string; heading: string }>({ fields: ['text', 'heading'], tokenize, processTerm: (t) => analyzeTerm(t) });
    let id = 0;
    for (const a of articles) for (const p of a.passages) for (const s of splitSentences(p.text)) ms.add({ id: id++, text: s.text, heading: p.heading ?? '' });
    for (const q of QUESTIONS) {
      const want = ms.search(q, {
        boost: { text: 1, heading: 0.3 },
        fuzzy: (t) => typoDistance(t, index.hasTerm(t)),
        combineWith: 'OR',
      });
      const got = retrieve(q, Infinity);
      const key = (r: { id: unknown; score: number; queryTerms: string[] }) => `${String(r.id)} ${r.score} ${[...r.queryTerms].sort().join(',')}`;
      expect(got.map(key).sort(), q).toEqual(want.map(key).sort());
    }
  });

  it.each([
    ['over the folder alone', index],
    ['with general English (background counts, related terms)', englishIndex],
  ])('with pruning keeps the best sentences exactly, their passages whole, and every question word matched (%s)', (_, index) => {
    const retrieve = retrieveFrom(index);
    for (const q of QUESTIONS) {
      const full = retrieve(q, Infinity);
      const depth = 5;
      const pruned = retrieve(q, depth);
      const exact = new Map(full.map((r) => [r.id, r]));
      // Same scores and words for what is returned.
      for (const r of pruned) expect(exact.get(r.id), q).toEqual(r);
      // The best `depth` sentences (and any tied with the last) are all there.
      const cut = full[Math.min(depth, full.length) - 1]?.score ?? Infinity;
      const ids = new Set(pruned.map((r) => r.id));
      expect(
        full.filter((r) => r.score >= cut).every((r) => ids.has(r.id)),
        q,
      ).toBe(true);
      // A passage is returned whole: all its matching sentences or none.
      const passageOf = (id: number) => index.passages.findIndex((e) => e === (index as unknown as { sentenceOwner: unknown[] }).sentenceOwner[id]);
      const returned = new Set(pruned.map((r) => passageOf(r.id)));
      for (const r of full) if (returned.has(passageOf(r.id))) expect(ids.has(r.id), q).toBe(true);
      expect(new Set(pruned.flatMap((r) => r.queryTerms))).toEqual(new Set(full.flatMap((r) => r.queryTerms)));
      // Best first.
      expect(pruned.map((r) => r.score)).toEqual([...pruned.map((r) => r.score)].sort((a, b) => b - a));
    }
    index.retrievalDepth = Infinity;
  });

  it.each([
    ['over the folder alone', index],
    ['with general English (background counts, related terms)', englishIndex],
  ])('finds the same passages with and without pruning on these articles (%s)', (_, index) => {
    for (const q of QUESTIONS) {
      index.retrievalDepth = Infinity;
      const full = index.find(q, { limit: 12 }).map((h) => [h.passage.id, h.score]);
      index.retrievalDepth = 200;
      expect(
        index.find(q, { limit: 12 }).map((h) => [h.passage.id, h.score]),
        q,
      ).toEqual(full);
    }
  });
});
