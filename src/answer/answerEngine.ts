/** From a question to a reply: type it, find the passages, extract and rank a short answer, or abstain. */
import type { Article } from '../ingest/types.ts';
import { RELATED } from '../search/relatedTerms.ts';
import { PassageIndex, type PassageHit } from '../search/passageIndex.ts';
import { tfPart } from '../search/sentencePostings.ts';
import { contentTerms, idf } from '../search/tokenizer.ts';
import { DIMENSION_WORDS } from '../shared/lexicon.ts';
import { classifyQuestion, kindWords, LEADING_QUANTITY_HOW, withQuestionWordSpelt, type QuestionForm } from './classifyQuestion.ts';
import { isOfAskedType, MODEL, thresholdFor, type ModelWeights } from './answerModel.ts';
import { rankPassages, type ArticleMeasures } from './rankPassages.ts';
import { articleFact, askedArticle, askedArticleFact, headerLine } from './articleFacts.ts';
import { mainStory, type MainStory } from './mainEvent.ts';
import { BoundedMap } from '../shared/boundedMap.ts';
import type { QuestionType } from '../shared/questionType.ts';
import { rankCandidates } from './rankCandidates.ts';
import { questionCues, storyCues, type StoryCues } from './questionCues.ts';
import type { RankedAnswer } from './mergeCandidates.ts';
import type { AnswerAlternative, CitedPassage, Reply } from './reply.ts';

export const MAX_PASSAGES = 3;
/** Passages searched for candidate answers, beyond the ones shown. */
const SEARCH_DEPTH = 12;
/** Passages taken from the search before the model's passage order picks the SEARCH_DEPTH best. */
const RETRIEVAL_DEPTH = 40;
/** How many passages' worth of corpus-wide evidence the local word weights are blended with. */
const LOCAL_SAMPLE_PRIOR = 2;
/** A rival answer this close to the best one's confidence, from another article, is shown as a disagreement. */
const RIVAL_RATIO = 0.8;
/** `the name of`, `names of`: asking for a name, in words that do not say what is named. */
const NAME_OF = /\b(?:the\s+)?names?\s+of\b/gi;
/** The types a story as a whole has one answer to (a bare `what` or `how` has none). */
const STORY_TYPES: ReadonlySet<QuestionType> = new Set(['who', 'when', 'where', 'why']);
/** `take place` and the verbs that say only that an event occurs, asked of a story (`when did the fire happen`). */
const TAKE_PLACE = /\b(?:take|takes|took|taking|taken)\s+place\b/gi;
const EVENT_VERBS: ReadonlySet<string> = new Set(contentTerms('happen happening occur hold held start begin began begun'));
/** A question is the bare subcommand when each of its words is in more than this share of the story's headlines. */
const STORY_WORDS_SHARE = 0.5;

/** Articles whose terms and story share are kept in memory. */
const ARTICLE_MEMO_LIMIT = 500;
/** Names whose count of naming reports is kept per folder (a folder's people are far fewer). */
const NAME_MEMO_LIMIT = 2000;

interface ArticleStats {
  /** How often each content term occurs in the article (its keys are the article's terms). */
  counts: ReadonlyMap<string, number>;
  /** Its length in words. */
  length: number;
}

interface ArticleMemo {
  articleStats: BoundedMap<Article, ArticleStats>;
  /** The articles' average length in words. */
  averageLength?: number;
  storyShares: BoundedMap<Article, number>;
  /** Every content term of the main story's articles. */
  storyTerms?: ReadonlySet<string>;
  /** The main story as candidates are matched against it. */
  storyCues?: StoryCues;
}

// Memos live beside the engine, not on it: the saved engine (src/snapshot) holds what is derived from the
// articles, never what questions happened to touch.
const memos = new WeakMap<PassageIndex, ArticleMemo>();

function memoOf(index: PassageIndex): ArticleMemo {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = { articleStats: new BoundedMap(ARTICLE_MEMO_LIMIT), storyShares: new BoundedMap(ARTICLE_MEMO_LIMIT) }));
  return memo;
}

const NO_ARTICLE: ArticleMeasures = { coverage: () => 0, relevance: () => 0, storyShare: () => 0 };

export interface Analysis {
  text: string;
  form: QuestionForm;
  /** Asked as a bare subcommand: with no question, or one that names only the main story (`when is the summit`). */
  bare: boolean;
  hits: PassageHit[];
  ranked: RankedAnswer[];
  /** What is measured of a hit's whole article for this question. */
  article: ArticleMeasures;
}

export class AnswerEngine {
  readonly index: PassageIndex;
  /** The story most of the articles tell: its query (for a bare subcommand), day and places. */
  readonly story: MainStory;
  /** The folder holds news reports (dated, or with a publisher or a byline), not reference texts alone: which threshold applies. */
  readonly reports: boolean;

  constructor(
    readonly articles: readonly Article[],
    readonly model: ModelWeights = MODEL,
  ) {
    this.index = new PassageIndex(articles);
    this.story = mainStory(articles);
    // A report says when, who published it or who wrote it; a reference text (an encyclopedia's article) none of these.
    this.reports = articles.some((a) => a.date !== null || a.publisher !== null || a.agency !== null || a.authors.length > 0);
  }

  /** The same engine (index, articles, story) answering with another model: for fitting, which refits on what a model finds. */
  withModel(model: ModelWeights): AnswerEngine {
    return Object.assign(Object.create(AnswerEngine.prototype) as AnswerEngine, this, { model });
  }

  /** The main story as a search query (the words its headlines share). */
  get mainEvent(): string {
    return this.story.query;
  }

  /**
   * Everything the engine finds for a question, before it decides what to offer: its form, the passages found
   * (best first) and every candidate answer ranked by the model. `npm run fit` learns from these.
   */
  analyze(question: string, given?: QuestionType | null, limit = MAX_PASSAGES): Analysis {
    const text = question.trim();
    const form = classifyQuestion(text, given);
    if (text === '' && !given) return { text, form, bare: true, hits: [], ranked: [], article: NO_ARTICLE };
    // `How long`, `how many`: the form says what kind of answer, not what the question is about. `investigaton`:
    // a misspelt word is searched, and weighed, as the articles' word it stands for (question words spelt first), the
    // main story's where its reports hold one.
    const asked = this.index.correctSpelling(withQuestionWordSpelt(text), this.storyTerms());
    // `when is the summit`: a question that names the story and nothing else, in words most of its headlines share,
    // is the bare subcommand, whatever other summits the reports mention.
    // `summit date`, `what was the reason`: the noun says what kind of answer, not what the question is about.
    const kind = new Set(contentTerms(kindWords(asked, form).join(' ')));
    const bare = text === '' || (STORY_TYPES.has(form.type) && this.headlineWordsShare(asked, kind) > STORY_WORDS_SHARE);
    // `How tall`: the dimension stays, in the words an article states it with (`28 metres high`). `The name of the
    // ferry`: an article gives a name without saying `name` (`the ferry Cliona Star`), so the word is not searched.
    let dimension = '';
    const query = bare
      ? this.mainEvent
      : asked
          .replace(LEADING_QUANTITY_HOW, (m) => (dimension = DIMENSION_WORDS[m.trim().split(/\s+/)[1]!.toLowerCase()] ?? ''))
          .replace(NAME_OF, ' ')
          .trim() || asked;
    const terms = new Set(contentTerms(query));
    const formTerms = new Set([...contentTerms(dimension), ...kind]);
    // The form's own words (`tall high height`) say what kind of answer, not what the question is about: they do
    // not decide whether the main story's reports answer it.
    const within = this.storyScope(new Set([...terms].filter((t) => !formTerms.has(t))));
    const found = this.index.find(query, { type: form.type, limit: Math.max(limit, RETRIEVAL_DEPTH), within, formTerms });
    if (found.length === 0) return { text, form, bare, hits: found, ranked: [], article: NO_ARTICLE };
    const article: ArticleMeasures = { coverage: this.articleCoverage(terms), relevance: this.articleRelevance(terms), storyShare: (h) => this.storyShare(h) };
    // The model's passage order (before any answer is known) picks the passages answers are looked for in.
    const hits = found.length > SEARCH_DEPTH ? rankPassages(found, [], article, this.model).slice(0, Math.max(limit, SEARCH_DEPTH)) : found;
    // The cues read the question as the search does, spelt right: `who was captian` asks for a captain.
    const cues = questionCues(asked, form, terms, bare, localWeights(this.index, hits, terms), (t) => this.index.frequency(t), this.storyCues());
    // A bare `what` or `how` has no one answer for a whole story: its passages speak for it.
    const answerable = form.form !== 'yes/no' && !(bare && !STORY_TYPES.has(form.type));
    const ranked = answerable ? rankCandidates(hits, cues, this.model, (p) => this.index.following(p)) : [];
    return { text, form, bare, hits, ranked: bare ? storyFirst(ranked) : ranked, article };
  }

  /**
   * How much a question speaks of the main story alone: the least share of the story's headlines holding one of
   * its words, past the question's own (`when`, `is`) and those that only say an event occurs (`take place`,
   * `happen`, `held`) and those that only say what kind of answer it wants (`date`, `location`: kindWords) (0..1; 0
   * when it says nothing else). `when is the summit` on three reports two of whose
   * headlines say `summit`: 2/3; `when did kim arrive` (one headline says `arrives`): 1/3; `when was the last
   * summit`: 0.
   */
  private headlineWordsShare(question: string, kind: ReadonlySet<string>): number {
    const said = contentTerms(question.replace(TAKE_PLACE, ' ')).filter((t) => !EVENT_VERBS.has(t) && !kind.has(t));
    if (said.length === 0) return 0;
    return Math.min(...said.map((t) => this.story.headlineShare.get(t) ?? 0));
  }

  /**
   * A question is taken to be about the main story when the story's articles hold every one of its words that
   * any article holds: then only they are searched, so an unrelated text in the folder that happens to match
   * better (`the bridge was opened to traffic in 1852`) does not answer for the story. Otherwise, when no two
   * headlines share a story, or when every article tells it, all are searched.
   */
  private storyScope(terms: ReadonlySet<string>): ((article: Article) => boolean) | undefined {
    const storyTerms = this.storyTerms();
    if (!storyTerms) return undefined;
    const { tellers } = this.storyCues();
    const held = [...terms].filter((t) => this.index.hasTerm(t));
    const told = (t: string): boolean => storyTerms.has(t) || RELATED.of(t).some(([r]) => storyTerms.has(r));
    if (held.length === 0 || !held.every(told)) return undefined;
    return (article) => tellers.has(article.source);
  }

  /** The words of the main story's reports, when some articles of the folder do not tell it (else undefined). */
  private storyTerms(): ReadonlySet<string> | undefined {
    const { tellers } = this.storyCues();
    if (!this.story.shared || tellers.size === this.articles.length) return undefined;
    const memo = memoOf(this.index);
    memo.storyTerms ??= new Set(this.articles.filter((a) => tellers.has(a.source)).flatMap((a) => [...this.statsOf(a).counts.keys()]));
    return memo.storyTerms;
  }

  /** The main story's day, place keys and articles as sets, made once per folder. */
  private storyCues(): StoryCues {
    const memo = memoOf(this.index);
    if (!memo.storyCues) {
      const cues = storyCues(this.story);
      const texts = this.articles.filter((a) => cues.tellers.has(a.source)).map((a) => a.passages.map((p) => p.text).join('\n'));
      // Every question's person candidates ask again: each name's count is read from the reports once.
      const counts = new BoundedMap<string, number>(NAME_MEMO_LIMIT, { recency: 'use' });
      const naming = (name: string): number => {
        let n = counts.get(name);
        if (n === undefined) counts.set(name, (n = reportsNaming(name, texts)));
        return n;
      };
      memo.storyCues = { ...cues, reportsNaming: naming };
    }
    return memo.storyCues;
  }

  /** The share of the main story's words a hit's article holds (memoised per article). */
  storyShare(hit: PassageHit): number {
    const memo = memoOf(this.index);
    let share = memo.storyShares.get(hit.article);
    if (share === undefined) {
      share = this.weightedShare(new Set(contentTerms(this.mainEvent)), this.statsOf(hit.article).counts);
      memo.storyShares.set(hit.article, share);
    }
    return share;
  }

  /** For a question's terms: the IDF-weighted share of them a hit's whole article holds (memoised per article). */
  private articleCoverage(terms: ReadonlySet<string>): (hit: PassageHit) => number {
    const byArticle = new Map<Article, number>();
    return (hit) => {
      let share = byArticle.get(hit.article);
      if (share === undefined) byArticle.set(hit.article, (share = this.weightedShare(terms, this.statsOf(hit.article).counts)));
      return share;
    };
  }

  /**
   * For a question's terms: a hit's whole article scored by BM25 (MiniSearch's BM25+, the article as one document;
   * the sentence index's IDF): how much the article as a whole is about the question, as DrQA's retriever ranks
   * documents before its reader reads their paragraphs. A long text that mentions the question's words in
   * passing scores below a report about them.
   */
  private articleRelevance(terms: ReadonlySet<string>): (hit: PassageHit) => number {
    const memo = memoOf(this.index);
    const average = (memo.averageLength ??= this.articles.reduce((n, a) => n + wordsIn(a), 0) / Math.max(1, this.articles.length));
    const byArticle = new Map<Article, number>();
    return (hit) => {
      let score = byArticle.get(hit.article);
      if (score === undefined) {
        const stats = this.statsOf(hit.article);
        score = 0;
        for (const t of terms) {
          const tf = stats.counts.get(t) ?? 0;
          if (tf > 0) score += this.index.idf(t) * tfPart(tf, stats.length, average);
        }
        byArticle.set(hit.article, score);
      }
      return score;
    };
  }

  /** The IDF-weighted share of `terms` that `held` holds (0..1). */
  private weightedShare(terms: ReadonlySet<string>, held: { has(term: string): boolean }): number {
    let total = 0;
    let found = 0;
    for (const t of terms) {
      const w = this.index.idf(t);
      total += w;
      if (held.has(t)) found += w;
    }
    return total ? found / total : 0;
  }

  /** How often each content term occurs in an article, and its length, memoised (a few hundred articles at most are ever asked about at once). */
  private statsOf(article: Article): ArticleStats {
    const memo = memoOf(this.index).articleStats;
    let stats = memo.get(article);
    if (!stats) memo.set(article, (stats = { counts: termCounts(article), length: wordsIn(article) }));
    return stats;
  }

  /** `limit` passages at most (the short answer's own passage first); more for a "More passages" page. */
  ask(question: string, given?: QuestionType | null, limit = MAX_PASSAGES): Reply {
    const analysis = this.analyze(question, given, limit);
    const reply = this.answerFromPassages(analysis, limit);
    return this.answerAboutArticle(analysis.text, reply, limit) ?? reply;
  }

  /**
   * `who wrote the Reuters story`, `when was it updated`: a question about an article itself is answered from
   * the byline, timestamp or masthead line it names, quoted first; the passages found follow.
   */
  private answerAboutArticle(question: string, reply: Reply, limit: number): Reply | null {
    const fact = askedArticleFact(question);
    if (!fact) return null;
    const article = askedArticle(question, this.articles, [...new Set(reply.passages.map((p) => p.article))]);
    const found = article && articleFact(article, fact);
    if (!article || !found) return null;
    const quoted: CitedPassage = { passage: headerLine(article, found.line), article, score: 1 };
    return {
      ...reply,
      answer: found.answer,
      alternatives: [{ text: found.answer, resolvedDate: null, sources: [article.source] }],
      passages: [quoted, ...reply.passages].slice(0, limit),
      agreeingSources: 1,
    };
  }

  /** The short answer the passages found give, if the model trusts one, and the passages to show. */
  private answerFromPassages(analysis: Analysis, limit: number): Reply {
    const { text, form, bare, hits, ranked } = analysis;
    const abstain: Reply = { question: text, type: form.type, answer: null, alternatives: [], passages: [], agreeingSources: 0 };
    if (hits.length === 0) return abstain;
    // Below the fitted confidence the best candidate is a guess, and one not of the asked kind is no answer: show
    // the passages and no short answer.
    const top = ranked[0];
    // A bare question's answer from the reports themselves (the story's day or dateline place) needs no more trust.
    const best =
      top && ((top.confidence >= thresholdFor(this.reports, this.model) && isOfAskedType(top.features)) || (bare && top.mainStory)) ? top : undefined;
    // A bare `who` is answered with the leading people: their passages must be among those shown.
    const people = best && bare && form.type === 'who' ? ranked.filter((r) => r.kind === 'person' && r.mainStory === best.mainStory).slice(0, 2) : [];
    const passages = orderPassages(rankPassages(hits, ranked, analysis.article, this.model), people.length ? people : best ? [best] : [], limit);
    if (!best) {
      return { ...abstain, passages, agreeingSources: new Set(passages.map((p) => p.article.source)).size };
    }
    const answer = people.length ? namePeople(people, passages) : best.display;
    return {
      question: text,
      type: form.type,
      answer,
      // The story's own day or place is not in dispute with other days and places the story mentions.
      alternatives: alternativesOf(best, bare && best.mainStory ? ranked.filter((r) => r.mainStory) : ranked),
      passages,
      agreeingSources: best.sources.length,
    };
  }
}

/**
 * How telling each question word is among the passages found: a name every passage shares (`Kim`) anchors
 * the search but says little about where the answer sits; a word few of them hold (`father`) says much.
 * Measured mostly on the hits, not the corpus, so it does not shift when unrelated texts are added.
 */
function localWeights(index: PassageIndex, hits: readonly PassageHit[], terms: ReadonlySet<string>): (term: string) => number {
  const df = new Map<string, number>();
  for (const hit of hits) {
    const present = index.termsOf(hit);
    for (const t of terms) if (present.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const local = (term: string): number => idf(hits.length, df.get(term) ?? 0);
  // Few passages found make a poor sample: lean on the corpus-wide rarity then.
  const trust = hits.length / (hits.length + LOCAL_SAMPLE_PRIOR);
  return (term) => local(term) ** trust * index.idf(term) ** (1 - trust);
}

/**
 * A bare `when`, `where` or `who` asks about the main story as a whole: the day its first report appeared, the
 * place its reports were filed from and the people most of them name answer it, when the passages found give
 * them (see mainEvent.ts); the model's order stands otherwise.
 */
function storyFirst(ranked: RankedAnswer[]): RankedAnswer[] {
  return [...ranked.filter((r) => r.mainStory), ...ranked.filter((r) => !r.mainStory)];
}

const wordsIn = (article: Article): number => article.passages.reduce((n, p) => n + p.text.split(/\s+/).length, 0);

function termCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of article.passages) for (const t of contentTerms(p.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The passages the answer is quoted from come first, then the best of the rest. */
function orderPassages(hits: readonly PassageHit[], sources: readonly RankedAnswer[], limit: number): CitedPassage[] {
  const needed = [...new Set(sources.map((r) => r.best.hit))];
  const ordered = [...needed, ...hits.filter((h) => !needed.includes(h))];
  return ordered.slice(0, limit).map((h) => ({ passage: h.passage, article: h.article, score: h.score }));
}

function alternativesOf(best: RankedAnswer, ranked: readonly RankedAnswer[]): AnswerAlternative[] {
  // A rival must be as plainly of the asked type as the answer (a place someone went *to*, not one mentioned in passing).
  const rivals = ranked.filter(
    (r) =>
      r !== best &&
      r.kind === best.kind &&
      r.kind !== 'reason' &&
      r.kind !== 'phrase' &&
      r.best.candidate.fit >= best.best.candidate.fit &&
      r.confidence >= best.confidence * RIVAL_RATIO &&
      r.sources.some((s) => !best.sources.includes(s)),
  );
  return [best, ...rivals.slice(0, 2)].map((r) => ({ text: r.display, resolvedDate: r.resolved, sources: r.sources }));
}

/** A bare `who` asks who took part: the leading people, quoted together where a passage names both. */
function namePeople(people: readonly RankedAnswer[], passages: readonly CitedPassage[]): string {
  const [a, b] = people as [RankedAnswer, RankedAnswer | undefined];
  if (!b) return a.display;
  for (const { passage } of passages) {
    for (const [x, y] of [
      [a.text, b.text],
      [b.text, a.text],
    ] as const) {
      const i = passage.text.indexOf(x);
      const j = i < 0 ? -1 : passage.text.indexOf(y, i + x.length);
      if (i >= 0 && j >= 0) {
        const between = passage.text.slice(i + x.length, j);
        if (between.length <= 60 && /\band\b/.test(between)) return passage.text.slice(i, j + y.length);
      }
    }
  }
  return `${a.text} and ${b.text}`;
}

/** How many of the texts name a person: by the whole name, or by its last word as written (`Vesk` for `Aurel Vesk`). */
export function reportsNaming(name: string, texts: readonly string[]): number {
  const words = name.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return 0;
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}])(?:${escape(name)}|${escape(last)})(?![\\p{L}])`, 'u');
  return texts.filter((t) => pattern.test(t)).length;
}
