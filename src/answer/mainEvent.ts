/**
 * The story most of the articles tell. Its query stands in for the question when a user asks a bare
 * `/summit who`: a story is the pair of title words that headlines share most beyond chance (`kim` + `putin`),
 * widened to the words most of those headlines use, so unrelated texts in the folder do not blur it.
 *
 * Its day and place come from the articles as reports: the story's day is the one most of its reports name in
 * their opening paragraphs (a summit previewed the day before is reported as happening `on Thursday`), and
 * without one the earliest publication date (news of an event first appears on the day it happens); a wire
 * report is filed from where it happens, so its places are the ones its datelines name (`VLADIVOSTOK, Russia (AFP) -`). Its people
 * are those most of the reports that tell it name (see rankCandidates). A question that names nothing but the
 * story, in words most of its headlines share (`when is the summit`), is asked as the bare subcommand.
 */
import type { Article } from '../ingest/types.ts';
import { parseDateline } from '../ingest/parseDateline.ts';
import { findDatePhrases } from './resolveDate.ts';
import { analyzeTerm, contentTerms, idf, tokenize } from '../search/tokenizer.ts';

export interface MainStory {
  /** The words its headlines share, as a search query. */
  query: string;
  /** The day (`YYYY-MM-DD`) its reports say it happens (see storyDay), or null when none is dated. */
  day: string | null;
  /** The places its articles' datelines name, as written (`VLADIVOSTOK`), most named first. */
  places: string[];
  /** The files of the articles that tell it. */
  tellers: string[];
  /** Two or more headlines share it; otherwise it is only the first headline's words. */
  shared: boolean;
  /**
   * The share of its reports' headlines that hold each term (`putin` 1, `summit` 2/3, `arrives` 1/3): what people
   * call the story. A question that names nothing else asks about the story itself (see AnswerEngine.analyze).
   * Empty when the story is not shared.
   */
  headlineShare: ReadonlyMap<string, number>;
}

/** The articles' main story: its query, its day and its places. */
export function mainStory(articles: readonly Article[]): MainStory {
  const { query, pair } = storyQuery(articles);
  // The articles that tell it: those holding, anywhere, two thirds of its words weighed by how few articles
  // hold each (a folder of unrelated texts shares `bridge` with the story, not its names).
  const storyTerms = [...new Set(contentTerms(query))];
  const held = articles.map((a) => new Set([a.title, ...a.passages.map((p) => p.text)].flatMap((text) => contentTerms(text))));
  const weight = new Map(storyTerms.map((t) => [t, idf(articles.length, held.filter((h) => h.has(t)).length)]));
  const total = storyTerms.reduce((sum, t) => sum + weight.get(t)!, 0);
  const tellers = articles.filter((_, i) => storyTerms.reduce((sum, t) => sum + (held[i]!.has(t) ? weight.get(t)! : 0), 0) >= (2 * total) / 3);
  const named = new Map<string, number>();
  for (const a of tellers) {
    const lead = a.passages[0];
    const place = lead && lead.storyStart > 0 ? parseDateline(lead.text)?.place : undefined;
    if (place) named.set(place, (named.get(place) ?? 0) + 1);
  }
  const headlines = new Map<string, number>();
  if (pair) for (const a of tellers) for (const t of new Set(contentTerms(a.title))) headlines.set(t, (headlines.get(t) ?? 0) + 1);
  const headlineShare = new Map([...headlines].map(([t, n]) => [t, n / tellers.length]));
  return {
    query,
    headlineShare,
    day: storyDay(tellers),
    places: [...named].sort((x, y) => y[1] - x[1]).map(([p]) => p),
    tellers: tellers.map((a) => a.source),
    shared: pair !== null,
  };
}

/** How many of a report's first paragraphs are read for the day it says the story happens. */
const OPENING_PARAGRAPHS = 3;

/**
 * The day most of the story's reports name in their opening paragraphs (each report counted once for a day;
 * among equals the earliest), or, when none names a day, the earliest of their publication dates.
 */
function storyDay(tellers: readonly Article[]): string | null {
  const votes = new Map<string, number>();
  for (const a of tellers) {
    const named = new Set<string>();
    for (const p of a.passages.slice(0, OPENING_PARAGRAPHS))
      for (const phrase of findDatePhrases(p.text, a.date)) if (phrase.resolved && /^\d{4}-\d{2}-\d{2}$/.test(phrase.resolved)) named.add(phrase.resolved);
    for (const day of named) votes.set(day, (votes.get(day) ?? 0) + 1);
  }
  const voted = [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
  if (voted) return voted[0];
  const dates = tellers.map((a) => a.date).filter((d): d is string => d !== null);
  return dates.length ? dates.sort()[0]! : null;
}

/** The words the headlines of the main story share (the first headline's when they share no story). */
function storyQuery(articles: readonly Article[]): { query: string; pair: [string, string] | null } {
  const spelling = new Map<string, string>();
  const titles = articles.map((article) => {
    const terms = new Set<string>();
    for (const word of tokenize(article.title)) {
      const term = analyzeTerm(word);
      if (!term) continue;
      terms.add(term);
      if (!spelling.has(term)) spelling.set(term, word);
    }
    return terms;
  });

  const pairs = new Map<string, number>();
  for (const terms of titles) {
    const list = [...terms].sort();
    for (let i = 0; i < list.length; i += 1)
      for (let j = i + 1; j < list.length; j += 1) pairs.set(`${list[i]} ${list[j]}`, (pairs.get(`${list[i]} ${list[j]}`) ?? 0) + 1);
  }
  const single = new Map<string, number>();
  for (const terms of titles) for (const t of terms) single.set(t, (single.get(t) ?? 0) + 1);
  // Headlines sharing a pair more often than chance would have them (`said` + `man` is just common words).
  const surplus = (pair: string, n: number): number => {
    const [a, b] = pair.split(' ') as [string, string];
    return n - (single.get(a)! * single.get(b)!) / titles.length;
  };
  // Only pairs that at least two headlines share can be a story; among them, the most surprising, then the most shared.
  const shared = [...pairs].filter(([, n]) => n >= 2);
  const [bestPair, count] = shared.sort((x, y) => surplus(y[0], y[1]) - surplus(x[0], x[1]) || y[1] - x[1])[0] ?? ['', 0];
  // One article, or headlines that share nothing: the first headline is the story.
  if (count < 2) return { query: [...(titles[0] ?? [])].map((t) => spelling.get(t)!).join(' '), pair: null };

  const [a, b] = bestPair.split(' ') as [string, string];
  const story = titles.filter((t) => t.has(a) && t.has(b));
  const usage = new Map<string, number>();
  for (const terms of story) for (const t of terms) usage.set(t, (usage.get(t) ?? 0) + 1);
  const query = [...usage]
    .filter(([, n]) => n >= Math.max(2, Math.ceil(story.length / 2)))
    .map(([t]) => spelling.get(t)!)
    .join(' ');
  return { query, pair: [a, b] };
}
