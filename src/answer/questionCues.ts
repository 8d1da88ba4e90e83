/**
 * What a question asks for and how its words weigh, read once per question before any passage is: its type and
 * form, the names it gives, its tense and numbers, the noun it asks the name of, and the main story's cues.
 */
import { FUTURE } from './resolveDate.ts';
import { sentenceTokens, endsClause, isCapitalized } from './sentenceTokens.ts';
import { analyzeTerm } from '../search/tokenizer.ts';
import { namedTerms } from '../search/passageIndex.ts';
import { AUXILIARY, type QuestionForm } from './classifyQuestion.ts';
import type { MainStory } from './mainEvent.ts';
import { answerKey } from './mergeCandidates.ts';
import { CLAUSE_OPENERS, digitNumbers, KIND_WORDS, NEGATION, SPEECH_VERBS } from '../shared/lexicon.ts';
import type { QuestionType } from '../shared/questionType.ts';

export interface QuestionCues {
  type: QuestionType;
  form: string;
  /** `What did X say/tell ...`: the answer is a quotation. */
  asksQuote: boolean;
  /** Terms of the names the question gives. */
  names: ReadonlySet<string>;
  /** `Who is X?` with X a name alone: X's terms, whose descriptions answer it. */
  identityOf: ReadonlySet<string> | undefined;
  terms: ReadonlySet<string>;
  /** The question speaks of the future (`When will ...`). */
  future: boolean;
  /** The numbers the question writes in digits. */
  numbers: readonly string[];
  /** The question is negated (`what did they not ...`). */
  negated: boolean;
  /** A bare subcommand: the question's words are the main event's, so answers may repeat them. */
  bare: boolean;
  /** How telling a word is (its IDF in the corpus). */
  weight: (term: string) => number;
  /** The weight of the question's most telling word. */
  maxWeight: number;
  /** How many sentences of the corpus hold a term. */
  frequency: (term: string) => number;
  /** `what type of circuit`, `what commonly used system`: the stem of the noun the wh-word asks for, if any. */
  askedHead: string | null;
  /** The terms of the verbs of the question's main clause (`What was Kim wearing when he stepped off ...` -> `wear`). */
  verbs: ReadonlySet<string>;
  /**
   * The noun whose name the question asks, of any type: `what ship ...`, `which town ...`, `the name of the tug`,
   * `who was master of ...` -> `ship`, `town`, `tug`, `master` (stems), or null.
   */
  namedNoun: string | null;
  story: StoryCues;
}

/**
 * The noun a `what`/`which` phrase asks for: `what type of Turing machine` -> `machine`, `what commonly used system`
 * -> `system`, `what thesis specifies ...` -> `thesis`. The phrase runs over nouns, adjectives, adverbs and a
 * participle before a noun, and stops at a verb, preposition or clause break; a sort word (`kind of`) is skipped.
 */
export function askedHeadOf(question: string): string | null {
  const tokens = sentenceTokens(question);
  const wh = tokens.findIndex((t) => /^(?:what|which)$/i.test(t.text));
  if (wh < 0) return null;
  let k = wh + 1;
  // After `kind of` a noun must come, whatever the tagger makes of it (`what kind of boats cross ...`).
  const sorted = tokens[k] !== undefined && KIND_WORDS.test(tokens[k]!.text) && /^of$/i.test(tokens[k + 1]?.text ?? '');
  if (sorted) k += 2;
  const first = k;
  let head: string | null = null;
  for (; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (!t.term || t.tags.has('Preposition') || t.tags.has('Pronoun')) break;
    const next = tokens[k + 1];
    // `what orbit was ...`, `what charges does ...`: the word right before the auxiliary is the phrase's noun, however tagged.
    const noun = t.tags.has('Noun') || (k === first && (sorted || AUXILIARY.test(next?.text.toLowerCase() ?? '')));
    if (t.tags.has('Verb') && !noun && !(next?.tags.has('Noun') && !endsClause(t))) break;
    if (noun) head = t.term;
    if (t.tags.has('Verb') && noun && !next?.tags.has('Noun')) break;
    if (endsClause(t)) break;
  }
  return head;
}

/**
 * The terms of the verbs of a question's main clause, auxiliaries left out: the verbs whose statement it asks the
 * rest of (`What did Kim Jong Il promise Medvedev` -> `promis`), not those of a clause that places it (`... when he
 * stepped off the train`).
 */
export function mainClauseVerbs(question: string): ReadonlySet<string> {
  const verbs = new Set<string>();
  const tokens = sentenceTokens(question);
  let auxiliary = false;
  for (const [k, t] of tokens.entries()) {
    // `... when he stepped off the train`: a clause of the question's own, placing it, ends its main clause.
    if (k > 0 && CLAUSE_OPENERS.test(t.text)) break;
    if (AUXILIARY.test(t.text.toLowerCase())) auxiliary = true;
    // `did Kim Jong Il promise Medvedev`: after an auxiliary and its named subject, the word the tagger calls a noun is the verb.
    const afterSubject = auxiliary && k > 0 && tokens[k - 1]!.tags.has('ProperNoun') && !isCapitalized(t) && t.tags.has('Noun');
    if (t.term && (t.tags.has('Verb') || afterSubject) && !AUXILIARY.test(t.text.toLowerCase())) verbs.add(t.term);
  }
  return verbs;
}

/**
 * The noun a question asks the name of: a what/which phrase's (`what ship`, `which fire brigade`), the one after
 * `name of` (`whats the name of the tug`), or the one a `who is` question asks to fill (`who was master of the
 * freighter`, `who is the boss`). Stemmed; null when there is none.
 */
export function namedNounOf(question: string): string | null {
  const text = question.replace(/’/g, "'");
  const named =
    /\bnames? of (?:the |a |an |this |that )?([A-Za-z-]+)/i.exec(text) ??
    /^\s*who(?:'s| is| was| are| were) (?:the |a |an )?([A-Za-z-]+)/i.exec(text) ??
    /^\s*(?:what|which) ([A-Za-z-]+)/i.exec(text);
  // A capitalised word is a name asked about (`Who is Dmitri Trenin?`), not a noun asked for.
  const word = named && !/^[A-Z]/.test(named[1]!) ? named[1]! : null;
  const noun = askedHeadOf(question) ?? word;
  const term = noun ? analyzeTerm(noun) : null;
  return term && !AUXILIARY.test(noun!.toLowerCase()) ? term : null;
}

/**
 * Names in a question anchor it (every relevant passage has them); its other words say what is asked
 * (`father`, `directs`, `cross`), so the answer must sit near those: names count for less.
 */
const NAME_WEIGHT = 0.5;

/** The main story's day, the answer keys of its dateline places and the articles that tell it (see mainEvent.ts). */
export interface StoryCues {
  day: string | null;
  placeKeys: ReadonlySet<string>;
  tellers: ReadonlySet<string>;
  /**
   * How many of the story's reports name a person anywhere in their text (by full name or surname), not only in
   * the passages a question found: the story's people are those most of its reports name.
   */
  reportsNaming?: (name: string) => number;
}

const NO_STORY: StoryCues = { day: null, placeKeys: new Set(), tellers: new Set() };

/** The main story as candidates are matched against it (derived once per folder, not per question). */
export function storyCues(story: Pick<MainStory, 'day' | 'places' | 'tellers'>): StoryCues {
  return {
    day: story.day,
    placeKeys: new Set(story.places.map((text) => answerKey({ start: 0, end: text.length, text, kind: 'place', fit: 1 }))),
    tellers: new Set(story.tellers),
  };
}

/** What a question asks for and how to weigh its words: type, form, names, tense, quotation; `rarity` and `frequency` weigh a term. */
export function questionCues(
  question: string,
  { type, form }: QuestionForm,
  terms: ReadonlySet<string>,
  bare: boolean,
  rarity: (term: string) => number,
  frequency: (term: string) => number = () => 0,
  story: StoryCues = NO_STORY,
): QuestionCues {
  const names = new Set(namedTerms(question));
  const weight = (t: string): number => rarity(t) * (names.has(t) ? NAME_WEIGHT : 1);
  const maxWeight = Math.max(...[...terms].map(weight), 1e-9);
  const asksQuote = type === 'what' && SPEECH_VERBS.test(question);
  const identity = type === 'who' && /^\s*who\s+(?:is|was|are|were)\b/i.test(question) && terms.size > 0 && [...terms].every((t) => names.has(t));
  return {
    type,
    form,
    asksQuote,
    names,
    identityOf: identity ? names : undefined,
    terms,
    future: FUTURE.test(question),
    numbers: [...new Set(digitNumbers(question))],
    negated: NEGATION.test(question),
    bare,
    weight,
    maxWeight,
    frequency,
    askedHead: type === 'what' ? askedHeadOf(question) : null,
    verbs: mainClauseVerbs(question),
    namedNoun: namedNounOf(question),
    story,
  };
}
