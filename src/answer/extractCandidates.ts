/**
 * Candidate short answers of the asked type inside one sentence: names for who, places for where,
 * date phrases for when, quantities for how many, noun phrases for what, reason clauses for why.
 * Each candidate is a verbatim character span of the sentence.
 */
import {
  alternation,
  CLAUSE_OPENERS,
  HUMAN_HEADS,
  MONTHS,
  oneOf,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  PLACE_HEADS,
  REASON_MARKERS,
  TITLES,
  WEEKDAYS,
} from '../shared/lexicon.ts';
import { ORGANISATION_FORM } from './classifyQuestion.ts';
import type { QuestionType } from '../shared/questionType.ts';
import { findDatePhrases } from './resolveDate.ts';
import { endsClause, isCapitalized, isKnownWord, sentenceTokens, type Token } from './sentenceTokens.ts';
import { matchesQuestion } from './wordFamily.ts';

export type CandidateKind = 'person' | 'group' | 'place' | 'date' | 'quantity' | 'phrase' | 'reason';

export interface SpanCandidate {
  start: number;
  end: number;
  text: string;
  kind: CandidateKind;
  /** How well the kind fits the question (0..1). */
  fit: number;
  /** For dates: the resolved date. */
  resolved?: string | null;
  /** A quotation: what someone said, attributed by its sentence. */
  quote?: boolean;
  /** The rest of a clause after a verb of the question (see verbComplements), not a phrase of a kind. */
  complement?: boolean;
  /**
   * The answer as shown, when it is more than `text`: a phrase with the article it opens with in its sentence
   * (`the library and the school hall`), which `text` drops so that the same thing said with `a` or `the` is one
   * candidate.
   */
  shown?: string;
}

/** Heads of noun phrases that say when, not where (`in the morning`, `on the day`). */
const TIME_HEADS = new RegExp(
  String.raw`^(?:${oneOf`
  morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|time|times|moment|hour|hours
  minute|minutes|past|future|meantime|end|beginning|start|way|case|fact|part|addition|order|terms|bid|response
  talks
`})$`,
  'i',
);
const LOCATIVE = /^(?:in|at|to|near|from|into|onto|across|outside|inside|toward|towards|via|through|on|of|around|within|over|along|beside|off)$/i;
/** Words that name a part of a place before its name (`northern France`, `central London`, `rural Ohio`). */
const REGION_WORDS =
  /^(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|rural|coastal|downtown|inner|outer|upper|lower|greater)$/i;
const PRONOUNS = /^(?:i|me|we|us|you|he|him|she|her|it|they|them|this|that|these|those|who|which|what|one|ones|there|here|his|its|their|our|my|your)$/i;
const QUANTITY_MODIFIERS = /^(?:less|more|fewer|about|around|nearly|almost|over|under|some|roughly|approximately|just|only|exactly)$/i;
const MONTH_WORD = new RegExp(`\\b(?:${alternation(MONTHS)})\\b`, 'i');
const WEEKDAY_WORD = new RegExp(`\\b(?:${alternation(WEEKDAYS)})\\b`, 'i');
/** Numbers said as words that take `a` or `tens of` before them. */
const ROUND_NUMBERS = /^(?:dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions)$/i;
/** Two-word modifiers (`at least`, `up to`, `more than`): the second word counts only after the first. */
const QUANTITY_PAIRS: Readonly<Record<string, RegExp>> = { least: /^at$/i, most: /^at$/i, to: /^up$/i, than: /^(?:more|less|fewer)$/i };
const CONNECTORS = /^(?:of|on|for|in|with|and|de|da|bin|al|von|van|der|le|la)$/i;

const MONEY = /[$€£¥]|\b(?:dollars?|euros?|pounds?|yuan|yen|roubles?|rubles?|rupees?|francs?|won|dinars?)\b/i;
const LENGTH = /(?:metres?|meters?|km|kilomet(?:re|er)s?|miles?|feet|foot|ft|yards?|inches|cm|mm)\b/i;
const WEIGHT = /(?:tonnes?|tons?|kg|kilo(?:gram)?s?|grams?|pounds?|lbs?)\b/i;
const SPEED = /(?:km\/h|kph|mph|knots?|kilomet(?:re|er)s? (?:an|per) hour|miles (?:an|per) hour|m\/s)\b/i;
/** A clock time, with the words that place it (`at 6:30 p.m.`, `shortly before 5 a.m.`, `16:05 GMT`, `noon`). */
const CLOCK_TIME =
  /\b(?:(?:at|around|about|by|until|from|shortly before|shortly after|just before|just after|before|after)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b(?:\s*(?:GMT|UTC|local time|[A-Z]{2,4}T))?|noon\b|midnight\b)/gi;
const DURATION = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;

/** `metres`, `tonnes`, `minutes`: a word that is a unit whatever the tagger makes of it (`28 metres high`, tagged a verb). */
const isUnitWord = (word: string): boolean =>
  [LENGTH, WEIGHT, SPEED, DURATION].some((unit) => {
    const m = unit.exec(word);
    return m !== null && m.index === 0 && m[0].length === word.length;
  });

/** How well a quantity's unit fits the form: `how much` wants money, `how long` a length or a duration. */
function unitFit(form: string, text: string, tokens: Token[]): number {
  const money = MONEY.test(text) || tokens.some((t) => t.tags.has('Money'));
  switch (form) {
    case 'how much':
      return money ? 1 : 0.5;
    case 'how many':
      return money ? 0.5 : 1;
    case 'how long':
      return LENGTH.test(text) || DURATION.test(text) ? 1 : 0.4;
    case 'how far':
    case 'how tall':
    case 'how high':
    case 'how deep':
    case 'how wide':
      return LENGTH.test(text) ? 1 : 0.4;
    case 'how heavy':
      return WEIGHT.test(text) ? 1 : 0.4;
    case 'how fast':
      return SPEED.test(text) ? 1 : 0.4;
    case 'how old':
      return /\byears?\b/i.test(text) ? 1 : 0.5;
    default:
      return 1;
  }
}

const isNumberToken = (t: Token): boolean =>
  t.tags.has('Value') ||
  t.tags.has('Cardinal') ||
  t.tags.has('Money') ||
  /^[$€£¥]?\d/.test(t.text) ||
  /^(?:once|twice|dozens?|hundreds?|thousands?|millions?|billions?)$/i.test(t.text);

/** What joins the two ends of a span of time: `2014 to 2021`, `2014–2021`. */
const DATE_SPAN_JOINT = /^\s*(?:to|until|till|through|and|[-–—])\s*$/;

// `around 1,500 people`: the tagger may read a number as a year, but no year is written with a thousands separator.
const isDateToken = (t: Token): boolean => (t.tags.has('Date') && !/^\d{1,3}(?:,\d{3})+$/.test(t.text)) || t.tags.has('Month') || t.tags.has('WeekDay');

const ORGANISATION_SUFFIX = new RegExp(
  String.raw`^(?:${oneOf`
  Corporation|Corp|Company|Co|Inc|Ltd|Group|Bank|Association|Institute|University|College|Party|Council
  Committee|Agency|Authority|Ministry|Department|Foundation|Commission|Union|Federation|Bureau|Centre|Center
  Trust|Partners|Holdings|Industries|Society|Fund|Organisation|Organization|Power|Electric|Energy|Hydro|Airlines
  Airways|Motors|Telecom|Systems|Networks|Media
`})\.?$`,
);

/**
 * A name the tagger does not know is still a person's by how news writes one: after a title inside the run
 * (`Finance Minister Aurel Vesk`), or with an age set beside it (`Vesk, 56, quit`).
 */
function writtenAsPerson(tokens: readonly Token[], i0: number, j: number): boolean {
  const run = tokens.slice(i0, j + 1);
  const next = tokens[j + 1];
  const titled = j > i0 && run.slice(0, -1).some((t) => TITLES.has(t.text.toLowerCase())) && !namesOrganisation(run);
  const aged = /^,/.test(tokens[j]!.post) && /^\d{1,2}$/.test(next?.text ?? '') && /^,/.test(next?.post ?? '') && !namesPlaceOrOrganisation(run);
  return titled || aged;
}

/** A name run the tagger marks as a place's or an organisation's somewhere: not a person's, whatever stands beside it. */
const namesPlaceOrOrganisation = (run: readonly Token[]): boolean => run.some((t) => t.tags.has('Place') || t.tags.has('Organization'));

/** A name run that names an organisation: tagged one, or ending in `Bank`, `Corporation`, `Hydro`... */
const namesOrganisation = (run: Token[]): boolean =>
  run.some((t) => t.tags.has('Organization')) || ORGANISATION_SUFFIX.test(run[run.length - 1]!.text.replace(/['’]s$/, ''));

/** How well a name fits a `which bank`, `which companies` question: an organisation's, not a person's. */
function organisationFit(run: Token[], person: boolean): number {
  if (namesOrganisation(run)) return 1;
  // `Prime Minister Kenji Moriyama`: a title says a person even where the tagger does not.
  return person || run.some((t) => TITLES.has(t.text.toLowerCase())) ? 0.3 : 0.7;
}

/** `China Road and Bridge Corporation`: after `and`, capitalised words that end in an organisation's name. */
function organisationEnds(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k] && isCapitalized(tokens[k]!)) {
    if (ORGANISATION_SUFFIX.test(tokens[k]!.text)) return true;
    if (endsClause(tokens[k]!)) return false;
    k += 1;
  }
  return false;
}

/**
 * How well a place fits `which country` or `which city`: a name the tagger knows as a country (or the region a
 * dateline puts after its town) answers the one, a city's the other; a place of the other kind (`Vladivostok` for
 * which country) only stands in. Other forms: 1.
 */
function placeKindFit(form: string, run: Token[], region: boolean): number {
  const is = (tag: string): boolean => run.some((t) => t.tags.has(tag));
  if (/^which (?:country|countries|nation)$/.test(form)) return is('Country') || region ? 1 : is('City') || is('Region') ? 0.4 : 0.7;
  if (/^which (?:city|cities|town|towns|capital|village|port)$/.test(form)) return is('City') ? 1 : is('Country') || is('Region') ? 0.4 : 0.7;
  return 1;
}

/** Proper-name runs: capitalised tokens (sentence-initial only when tagged a name), with inner connectors. */
function nameRuns(tokens: Token[], sentence: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Opening the sentence, a capital says nothing: a name there is one the tagger marks, or a word it does not
    // know at all (`Interfax said ...`, not `Officials said ...`).
    const properStart =
      isCapitalized(t) &&
      !isDateToken(t) &&
      !isNumberToken(t) &&
      (i > 0 || t.tags.has('ProperNoun') || t.tags.has('Person') || (t.tags.has('Noun') && !isKnownWord(t.text)));
    if (!properStart || PRONOUNS.test(t.text) || (i > 0 && /^(?:The|A|An)$/.test(t.text))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !endsClause(tokens[j]!)) {
      const next = tokens[j + 1]!;
      // `Kim Jong-un`: a hyphenated part belongs to the name whatever its case.
      const hyphenated = next.start === tokens[j]!.end + 1 && /[-‐]/.test(sentence.charAt(tokens[j]!.end));
      if ((isCapitalized(next) && !isDateToken(next)) || hyphenated) j += 1;
      else if (CONNECTORS.test(next.text) && next.text !== 'and' && tokens[j + 2] && isCapitalized(tokens[j + 2]!) && !/^(?:in|on|for|with)$/i.test(next.text))
        j += 2;
      // `Welsh Centre for Burns`, `Institute for Fiscal Studies`: an organisation's name goes on after `for` (not
      // after `on`: `the University on Russky Island`).
      else if (
        next.text === 'for' &&
        ORGANISATION_SUFFIX.test(tokens[j]!.text) &&
        tokens[j + 2] &&
        isCapitalized(tokens[j + 2]!) &&
        !isDateToken(tokens[j + 2]!)
      )
        j += 2;
      else if (/^(?:and|&)$/.test(next.text) && organisationEnds(tokens, j + 2)) j += 2;
      // `LS Cable & System`, `Johnson & Johnson`: an ampersand between capitalised words joins one name.
      else if (next.text === '&' && tokens[j + 2] && isCapitalized(tokens[j + 2]!)) j += 2;
      // `Charles the Simple`, `Ivan the Terrible`: a person's epithet, one capitalised word after `the`.
      else if (
        next.text === 'the' &&
        tokens[j]!.tags.has('Person') &&
        tokens[j + 2] !== undefined &&
        isCapitalized(tokens[j + 2]!) &&
        !(tokens[j + 3] !== undefined && isCapitalized(tokens[j + 3]!) && !endsClause(tokens[j + 2]!))
      ) {
        j += 2;
        break;
      } else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Noun-phrase chunks from the tagger: determiners, adjectives, nouns, and `of`/`on` attachments. */
function nounChunks(tokens: Token[], sentence: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  // A quotation mark between two words ends a phrase: `called the pact "a new chapter"` is two.
  const quoteAfter = (k: number): boolean => tokens[k + 1] !== undefined && /["“”]/.test(sentence.slice(tokens[k]!.end, tokens[k + 1]!.start));
  const ends = (k: number): boolean => endsClause(tokens[k]!) || quoteAfter(k);
  const inChunk = (t: Token): boolean =>
    (t.tags.has('Noun') ||
      t.tags.has('Adjective') ||
      t.tags.has('Determiner') ||
      t.tags.has('Value') ||
      t.tags.has('Possessive') ||
      t.tags.has('Gerund') ||
      /^and$/i.test(t.text)) &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Verb') &&
    !t.tags.has('Preposition');
  // `non-deterministic`: a word hyphenated to the next (which the tagger may leave untagged) goes with it.
  const inChunkAt = (k: number): boolean => inChunk(tokens[k]!) || (tokens[k]!.post === '-' && k + 1 < tokens.length && inChunkAt(k + 1));
  let i = 0;
  while (i < tokens.length) {
    if (!inChunkAt(i) || /^and$/i.test(tokens[i]!.text)) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      while (j + 1 < tokens.length && !ends(j) && inChunkAt(j + 1)) j += 1;
      const prep = tokens[j + 1];
      const after = tokens[j + 2];
      // `the lifting of sanctions`, `the nuclear problem on the Korean Peninsula`; not `signed it on Tuesday`.
      if (prep && after && !ends(j) && !ends(j + 1) && /^(?:of|on)$/i.test(prep.text) && inChunk(after) && !isDateToken(after)) j += 2;
      else break;
    }
    // Nor does a phrase end on `and` or a determiner: `complexity classes that` is `complexity classes`.
    while (j > i && (/^and$/i.test(tokens[j]!.text) || tokens[j]!.tags.has('Determiner'))) j -= 1;
    if (tokens.slice(i, j + 1).some((t) => t.tags.has('Noun'))) chunks.push([i, j]);
    i = j + 1;
  }
  return chunks;
}

function span(sentence: string, tokens: Token[], i: number, j: number, kind: CandidateKind, fit: number): SpanCandidate {
  const start = tokens[i]!.start;
  let end = tokens[j]!.end;
  // Never a trailing comma, nor a bracket opened and left unclosed: `$40 million (€36 billion`; and the owner,
  // not the owner's: `Hisao Yamada's` is `Hisao Yamada`.
  let text = sentence
    .slice(start, end)
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<=\p{L})['’]s$/u, '');
  const open = text.lastIndexOf('(');
  if (open > 0 && !text.includes(')', open)) text = text.slice(0, open).trimEnd();
  end = start + text.length;
  return { start, end, text, kind, fit };
}

/** A phrase trimmed from `first` to `from` is shown with the article right before `from`, if the phrase held it. */
function withArticle(c: SpanCandidate, sentence: string, tokens: Token[], first: number, from: number): SpanCandidate {
  const article = tokens[from - 1];
  if (from > first && article && /^(?:the|a|an)$/i.test(article.text)) c.shown = sentence.slice(article.start, c.end);
  return c;
}

/** Drops leading titles and words the question already says: `Chinese President Xi Jinping` -> `Xi Jinping`. */
function trimKnown(tokens: Token[], i: number, j: number, questionTerms: ReadonlySet<string>): number {
  while (i < j) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase().replace(/[.’']s?$/, '');
    const known = t.term !== null && questionTerms.has(t.term) && !t.tags.has('Person');
    // `US Secretary of State Mike Pompeo`: an `of` inside a title goes with it.
    const titleOf = /^of$/i.test(t.text) && TITLES.has(tokens[i + 1]?.text.toLowerCase() ?? '');
    if (TITLES.has(lower) || known || titleOf || /^(?:the|a|an)$/i.test(t.text)) i += 1;
    else break;
  }
  return i;
}

export interface ExtractOptions {
  type: QuestionType;
  /** The finer form: `how many`, `which city`, `what year`... */
  form: string;
  /** Words of the question whose occurrence in a candidate makes it less of an answer. */
  questionTerms: ReadonlySet<string>;
  articleDate: string | null;
  /** The question asks what someone said (`What did Kim tell ...`): quotations are answers. */
  asksQuote?: boolean;
  /** The terms of the verbs of the question's main clause (see QuestionCues.verbs), whose complements a `what` asks for. */
  askedVerbs?: ReadonlySet<string>;
  /** `Who is Dmitri Trenin?`: the terms of the name asked about, whose descriptions are the answers. */
  identityOf?: ReadonlySet<string>;
  /**
   * The sentence follows the one that matched a why question (see rankCandidates): what it states may be the
   * reason, marker or not, so its opening statement is a candidate too.
   */
  follows?: boolean;
}

/** The spans of one sentence that could answer a question of `options.type` (names, places, dates, reasons...), each with its kind and fit. */
export function extractCandidates(sentence: string, options: ExtractOptions): SpanCandidate[] {
  const { type, form, questionTerms, articleDate } = options;
  if (type === 'when') {
    // `What time ...?` asks for the clock; other `when`s are answered by a day first, a time of day second.
    const askClock = form === 'what time' || form === 'what hour';
    const dates = findDatePhrases(sentence, articleDate).map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      kind: 'date' as const,
      fit: (d.resolved ? 1 : 0.9) * (askClock ? 0.5 : 1) * dateFormFit(form, d.text, sentence.slice(0, d.start)),
      resolved: d.resolved,
    }));
    const times = [...sentence.matchAll(CLOCK_TIME)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0].replace(/[\s.]+$/, (x) => (/\.m\.$/.test(m[0]) ? x : '')),
      kind: 'date' as const,
      fit: askClock ? 1 : 0.6,
      resolved: null,
    }));
    // `from 2014 to 2021`: a span of time is one answer, for `when was he mayor`.
    const spans = dates.slice(1).flatMap((to, i) => {
      const from = dates[i]!;
      if (!DATE_SPAN_JOINT.test(sentence.slice(from.end, to.start))) return [];
      return [{ ...from, end: to.end, text: sentence.slice(from.start, to.end), fit: Math.min(from.fit, to.fit), resolved: null }];
    });
    return [...dates, ...spans, ...times];
  }
  if (type === 'why') {
    const marked = reasonClauses(sentence);
    if (!options.follows) return marked;
    return [...marked, ...statedReasons(sentence).filter((c) => !marked.some((m) => m.start === c.start))];
  }
  const tokens = sentenceTokens(sentence);
  const out: SpanCandidate[] = [];
  if (type === 'who') {
    for (const [i0, j] of nameRuns(tokens, sentence)) {
      const run = tokens.slice(i0, j + 1);
      const next = tokens[j + 1];
      // A place is a who only as an actor (`North Korea demanded ...`), as governments are named.
      const placeOnly = run.every((t) => t.tags.has('Place') && !t.tags.has('Organization') && !t.tags.has('Person'));
      if (placeOnly && !(next?.tags.has('Verb') && !endsClause(tokens[j]!))) continue;
      // `NOVI SAD, Serbia (Reuters) -`: an upper-case dateline names where the story was filed, not who.
      if (run.length > 1 && run.every((t) => /^\p{Lu}{2,}$/u.test(t.text))) continue;
      if (tokens[j + 1] && PLACE_HEADS.test(tokens[j + 1]!.text)) continue;
      // `Who is X?`: only what the sentences say X is answers it.
      if (options.identityOf) {
        const runTerms = new Set(run.map((t) => t.term));
        if ([...options.identityOf].every((t) => runTerms.has(t))) {
          // `Chinese President Xi Jinping`, `Secretary of State Mike Pompeo`: a title the name run begins with.
          let lastTitle = -1;
          for (let k = i0; k < j; k += 1) {
            const word = tokens[k]!;
            if (TITLES.has(word.text.toLowerCase())) lastTitle = k;
            else if (word.tags.has('Person')) break;
          }
          out.push(...descriptionsOf(sentence, tokens, lastTitle >= 0 ? lastTitle + 1 : i0, j, lastTitle >= 0 ? i0 : undefined));
        }
        continue;
      }
      const i = trimKnown(tokens, i0, j, questionTerms);
      // `the Viking leader Rollo`: a name right after a noun for a person is one, known to the tagger or not.
      const before = tokens[i0 - 1];
      const introduced =
        before !== undefined && !isCapitalized(before) && !endsClause(before) && PERSON_NOUNS.test(before.text.toLowerCase()) && !/s$/i.test(before.text);
      const person = run.some((t) => t.tags.has('Person')) || (introduced && j - i0 < 3 && !namesPlaceOrOrganisation(run)) || writtenAsPerson(tokens, i0, j);
      // `UN sanctions`, `North Korean leader`, `Mr Putin's adviser`: a name used as a modifier is not who did it.
      const possessive = /['’]s$/.test(tokens[j]!.text);
      const modifier = possessive || (next !== undefined && !endsClause(tokens[j]!) && !isCapitalized(next) && next.tags.has('Noun') && !next.tags.has('Verb'));
      const asksOrganisation = form === ORGANISATION_FORM;
      const fit = asksOrganisation ? organisationFit(run, person) * (placeOnly ? 0.5 : 1) : placeOnly ? 0.6 : person ? 1 : 0.8;
      out.push(span(sentence, tokens, i, j, person && !(asksOrganisation && namesOrganisation(run)) ? 'person' : 'group', fit * (modifier ? 0.4 : 1)));
    }
    if (options.identityOf) return out;
    for (const [i, j] of nounChunks(tokens, sentence)) {
      const head = tokens[j]!;
      // Asked which bank or company, `the officials` stand in for one; `the state utility` may be it.
      const fit = form !== ORGANISATION_FORM ? 0.75 : ORGANISATION_NOUNS.test(head.text.toLowerCase()) ? 0.75 : 0.4;
      if ((HUMAN_HEADS.test(head.text) || (form === ORGANISATION_FORM && ORGANISATION_NOUNS.test(head.text.toLowerCase()))) && !isCapitalized(head))
        out.push(span(sentence, tokens, i, j, 'group', fit));
    }
    return out;
  }
  if (type === 'where') {
    for (const [i0, j0] of nameRuns(tokens, sentence)) {
      // `a Brisbane-based company`, `the Moscow-based Institute`: the name joined to `-based` says where it is.
      const based = tokens.slice(i0 + 1, j0 + 1).findIndex((t, k) => /^based$/i.test(t.text) && t.start === tokens[i0 + k]!.end + 1);
      if (based >= 0) {
        out.push(span(sentence, tokens, i0, i0 + based, 'place', placeKindFit(form, tokens.slice(i0, i0 + based + 1), false)));
        continue;
      }
      let j = j0;
      while (tokens[j + 1] && PLACE_HEADS.test(tokens[j + 1]!.text) && !endsClause(tokens[j]!)) j += 1;
      const run = tokens.slice(i0, j + 1);
      // `NOVI SAD, Serbia (Reuters)`: after an upper-case dateline's town and its comma comes the country or state.
      const afterDateline = i0 > 0 && /,/.test(tokens[i0 - 1]!.post) && tokens.slice(0, i0).every((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text));
      const tagged = afterDateline || run.some((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Country'));
      const prev = tokens[i0 - 1];
      // `in northern France`: a compass or region word between the locative and the name goes with the place.
      const regioned =
        prev !== undefined && REGION_WORDS.test(prev.text) && !endsClause(prev) && tokens[i0 - 2] !== undefined && LOCATIVE.test(tokens[i0 - 2]!.text);
      // `the Georgian capital, Tbilisi`, `the region now called Normandy`: a name set beside a kind of place, or named as one.
      const appositive = prev !== undefined && PLACE_HEADS.test(prev.text) && /,/.test(prev.post);
      const namedAs = prev !== undefined && (/^(?:called|named)$/i.test(prev.text) || (/^as$/i.test(prev.text) && /^known$/i.test(tokens[i0 - 2]?.text ?? '')));
      const located = (prev !== undefined && LOCATIVE.test(prev.text)) || regioned || appositive || namedAs;
      // `the Far Eastern Federal University`, `Gimhae International Airport`: a name ending in a kind of place.
      const headed =
        j > j0 || (j0 > i0 && PLACE_HEADS.test(tokens[j0]!.text)) || run.some((t, k) => PLACE_HEADS.test(t.text) && tokens[i0 + k + 1]?.text === 'for');
      if (!tagged && !located && !headed) continue;
      // `the Russian Pacific city of Vladivostok`: the name after `of` is the place, not its description.
      if (headed && /^of$/i.test(tokens[j + 1]?.text ?? '') && tokens[j + 2] && isCapitalized(tokens[j + 2]!)) continue;
      if (run.every((t) => t.tags.has('Person')) && !tagged) continue;
      const i = regioned ? i0 - 1 : trimKnown(tokens, i0, j0, questionTerms);
      // `Which country ...?` names its answer outright: a place need not be introduced by `in` or `at`.
      const named = form.startsWith('which ') && tagged;
      out.push(span(sentence, tokens, i, j, 'place', (located || headed || named ? 1 : 0.15) * placeKindFit(form, run, afterDateline)));
    }
    // `near the old sawmill`, `at a university campus`, `on the red carpet`: an unnamed place after a locative word.
    for (const [i, j] of nounChunks(tokens, sentence)) {
      const prev = tokens[i - 1];
      const head = tokens[j]!;
      if (!prev || !/^(?:in|at|near|on|outside|inside|into|onto|beside|behind|under|across)$/i.test(prev.text) || endsClause(prev)) continue;
      if (isCapitalized(head) || isDateToken(head) || isNumberToken(head) || head.tags.has('Pronoun') || TIME_HEADS.test(head.text)) continue;
      // A chunk holding a name (`into Russia train`) is the named place's: the loop above already took it.
      if (tokens.slice(i, j + 1).some((t) => isCapitalized(t) && !/^(?:The|A|An)$/.test(t.text))) continue;
      const from = trimKnown(tokens, i, j, questionTerms);
      out.push(withArticle(span(sentence, tokens, from, j, 'place', PLACE_HEADS.test(head.text) ? 0.8 : 0.5), sentence, tokens, i, from));
    }
    return out;
  }
  if (type === 'how' && form !== 'how') {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!isNumberToken(tokens[i]!) || isDateToken(tokens[i]!)) continue;
      let s = i;
      let e = i;
      while (e + 1 < tokens.length && !endsClause(tokens[e]!) && isNumberToken(tokens[e + 1]!)) e += 1;
      for (;;) {
        const before = tokens[s - 1];
        if (!before || endsClause(before)) break;
        const pair = QUANTITY_PAIRS[before.text.toLowerCase()];
        const word = tokens[s]!.text;
        if (pair && s > 1 && pair.test(tokens[s - 2]!.text) && !endsClause(tokens[s - 2]!)) s -= 2;
        else if (QUANTITY_MODIFIERS.test(before.text)) s -= 1;
        // `a dozen`, `a hundred`; `tens of thousands`, `hundreds of millions`.
        else if (/^an?$/i.test(before.text) && ROUND_NUMBERS.test(word)) s -= 1;
        else if (/^of$/i.test(before.text) && ROUND_NUMBERS.test(word) && s > 1 && /^(?:tens|hundreds|thousands|dozens)$/i.test(tokens[s - 2]!.text)) s -= 2;
        else break;
      }
      // `four nautical miles`, `two young children`: an adjective before the counted noun goes with it.
      const describer = tokens[e + 1];
      const described = tokens[e + 2];
      if (
        describer?.tags.has('Adjective') &&
        !describer.tags.has('Noun') &&
        described !== undefined &&
        !endsClause(tokens[e]!) &&
        !endsClause(describer) &&
        (described.tags.has('Noun') || isUnitWord(described.text)) &&
        !described.tags.has('ProperNoun') &&
        !described.tags.has('Pronoun')
      )
        e += 1;
      // `9 per cent`: the British percentage is two words, neither of them a noun to the tagger.
      const perCent = !endsClause(tokens[e]!) && /^per$/i.test(tokens[e + 1]?.text ?? '') && /^cent$/i.test(tokens[e + 2]?.text ?? '');
      if (perCent) e += 2;
      // `three RNLI lifeboats`, `two Irish Coast Guard helicopters`: names and adjectives between a count and the
      // plural noun it counts go with it.
      let k = e + 1;
      while (!perCent && k <= e + 3 && tokens[k] && !endsClause(tokens[k - 1]!) && (isCapitalized(tokens[k]!) || tokens[k]!.tags.has('Adjective'))) k += 1;
      const counted = tokens[k];
      const modified =
        k > e + 1 &&
        counted !== undefined &&
        !endsClause(tokens[k - 1]!) &&
        counted.tags.has('Plural') &&
        !counted.tags.has('ProperNoun') &&
        !isCapitalized(counted);
      if (modified) e = k;
      const unit = perCent || modified ? undefined : tokens[e + 1];
      // `75-minute`: a unit joined to its number by a hyphen is the unit whatever its tag.
      const joined = unit !== undefined && unit.start === tokens[e]!.end + 1 && /[-‐]/.test(sentence.charAt(tokens[e]!.end));
      const unitWord = unit !== undefined && isUnitWord(unit.text);
      if (unit && !endsClause(tokens[e]!) && (unit.tags.has('Noun') || unit.tags.has('Unit') || joined || unitWord) && !unit.tags.has('ProperNoun')) e += 1;
      // `34-year-old`, `a 2-gigawatt-hour store`: the rest of a hyphenated compound goes with it.
      while (joined && tokens[e + 1] && tokens[e + 1]!.start === tokens[e]!.end + 1 && /[-‐]/.test(sentence.charAt(tokens[e]!.end))) e += 1;
      const year = /^(?:1[5-9]\d\d|20\d\d)$/.test(tokens[i]!.text);
      const candidate = span(sentence, tokens, s, e, 'quantity', year ? 0.3 : 1);
      candidate.fit *= unitFit(form, candidate.text, tokens.slice(s, e + 1));
      out.push(candidate);
      i = e;
    }
    return out;
  }
  if (type === 'how') out.push(...meansPhrases(sentence, tokens));
  if (options.asksQuote) out.push(...quotations(sentence));
  if (type === 'what' && options.askedVerbs) out.push(...verbComplements(sentence, tokens, options.askedVerbs, questionTerms));
  for (const [i0, j] of nounChunks(tokens, sentence)) {
    if (tokens.slice(i0, j + 1).every((t) => PRONOUNS.test(t.text))) continue;
    const i = trimKnown(tokens, i0, j, new Set());
    const named = tokens.slice(i, j + 1).every((t) => isCapitalized(t) || /^(?:of|the|and)$/i.test(t.text));
    // Asked what someone said, a quotation is the answer; other phrases only stand in for one.
    // Asked how, the means (`with a loan from ...`) answers; a bare noun phrase only stands in for one.
    const standIn = options.asksQuote || type === 'how' ? 0.5 : 1;
    out.push(withArticle(span(sentence, tokens, i, j, 'phrase', (named ? 0.4 : 0.8) * standIn), sentence, tokens, i0, i));
  }
  return out;
}

/** For a `since when` form, the preposition a passage's date must follow (`until` and `till` alike). */
const PREPOSITION_BEFORE: Readonly<Record<string, RegExp>> = {
  'since when': /\bsince\s*$/i,
  'until when': /\b(?:until|till)\s*$/i,
  'till when': /\b(?:until|till)\s*$/i,
  'by when': /\bby\s*$/i,
  'from when': /\bfrom\s*$/i,
};

/**
 * How well a date phrase gives what the form asks for (0.5..1): `what year` wants a year (or decade, century),
 * `what month` a month, `what day` a day; `since when` a date the passage gives after `since` (`until`, `by`,
 * `from` alike). `before` is the sentence up to the phrase.
 */
function dateFormFit(form: string, text: string, before: string): number {
  const prep = PREPOSITION_BEFORE[form];
  if (prep) return prep.test(before) ? 1 : 0.6;
  switch (form) {
    case 'what year':
    case 'what decade':
    case 'what century':
      return /\b\d{4}\b|\bcentur(?:y|ies)\b/i.test(text) ? 1 : 0.5;
    case 'what month':
      return MONTH_WORD.test(text) ? 1 : 0.5;
    case 'what day':
    case 'what date':
      return WEEKDAY_WORD.test(text) || /\d/.test(text) || /\b(?:today|yesterday|tomorrow)\b/i.test(text) ? 1 : 0.6;
    default:
      return 1;
  }
}

/**
 * What a sentence says someone is: an apposition after the name (`Dmitri Trenin, director of the Moscow
 * Carnegie Centre,`), one before it (`Putin's foreign policy aide, Yuri Ushakov`), or a title in front of it
 * (`Kremlin spokesman Dmitry Peskov`).
 */
function descriptionsOf(sentence: string, tokens: Token[], i: number, j: number, titleFrom?: number): SpanCandidate[] {
  const out: SpanCandidate[] = [];
  const hasNoun = (a: number, b: number): boolean => tokens.slice(a, b + 1).some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
  // An apposition is a noun phrase: it opens with neither a pronoun, a verb, a number nor a preposition,
  // and holds no verb (`..., I will be able to discuss` and `..., two with Trump` are not one).
  const opensPhrase = (t: Token | undefined): boolean =>
    t !== undefined && !t.tags.has('Verb') && !t.tags.has('Pronoun') && !t.tags.has('Value') && !t.tags.has('Preposition') && !t.tags.has('Conjunction');
  if (/,/.test(tokens[j]!.post) && opensPhrase(tokens[j + 1])) {
    let e = j + 1;
    while (e < tokens.length - 1 && !endsClause(tokens[e]!) && e - j < 14) e += 1;
    const verbless = tokens.slice(j + 1, e + 1).every((t) => !t.tags.has('Verb'));
    if (verbless && hasNoun(j + 1, e)) out.push(span(sentence, tokens, j + 1, e, 'phrase', 1));
  }
  if (titleFrom !== undefined) {
    // The title inside the name run, with a qualifier just before it (`US Secretary of State`).
    const prev = tokens[titleFrom - 1];
    const from = prev && !endsClause(prev) && isCapitalized(prev) && !prev.tags.has('Person') ? titleFrom - 1 : titleFrom;
    out.push(span(sentence, tokens, from, i - 1, 'phrase', 0.9));
    return out;
  }
  const before = tokens[i - 1];
  // `Putin's foreign policy aide, Yuri Ushakov, said`: an apposition in front is closed after the name too,
  // by a comma or the sentence's end (`... and the Chinese ambassador, Li Ming.`).
  if (before && /,/.test(before.post)) {
    if (!/[,.!?;]/.test(tokens[j]!.post) && j < tokens.length - 1) return out;
    let b = i - 1;
    // Back to the previous break or list joint (`..., Mayor Milan Djuric and the Chinese ambassador, Li Ming`).
    while (b > 0 && !endsClause(tokens[b - 1]!) && !/^(?:and|or)$/i.test(tokens[b - 1]!.text) && i - b < 10) b -= 1;
    if (hasNoun(b, i - 1)) out.push(span(sentence, tokens, b, i - 1, 'phrase', 0.9));
  } else if (before && !endsClause(before)) {
    let b = i - 1;
    // Back over the title, `of` included (`US Secretary of State`), to a verb, another preposition or a break.
    const title = (t: Token): boolean => TITLES.has(t.text.toLowerCase());
    const stop = (t: Token): boolean =>
      endsClause(t) ||
      t.tags.has('Verb') ||
      (t.tags.has('Person') && !title(t)) ||
      (t.tags.has('Preposition') && !/^of$/i.test(t.text)) ||
      /^(?:the|a|an|and|or)$/i.test(t.text);
    if (!stop(before)) {
      while (b > 0 && !stop(tokens[b - 1]!) && i - b < 6) b -= 1;
      while (b < i - 1 && /^of$/i.test(tokens[b]!.text)) b += 1;
      // A title ends in a noun (`Kremlin spokesman`, `Mayor`); anything else before a name is not one.
      if (before.tags.has('Noun') && !before.tags.has('Pronoun')) out.push(span(sentence, tokens, b, i - 1, 'phrase', 0.9));
    }
  }
  return out;
}

/** The most words a verb's complement runs to. */
const COMPLEMENT_WORDS = 14;
/** How well a complement fits: it stands in for an answer of the asked kind, as a phrase mentioned in passing does. */
const COMPLEMENT_FIT = 0.6;

/**
 * What a verb of the question's main clause (`askedVerbs`) goes on to say in the sentence: `promised Medvedev [to renounce nuclear testing]`,
 * `said [the bridge connects people]`, from after the verb (its particles and a `that`) to its clause's end, the
 * question's own words trimmed from its front: a `what` question asks for the rest of the statement its verb
 * makes, which is not always a noun phrase. (Measured for `why` too, as a purpose's `to` phrase: no question more
 * right first in the ranking's cross-validation, so not kept.)
 */
function verbComplements(sentence: string, tokens: Token[], askedVerbs: ReadonlySet<string>, questionTerms: ReadonlySet<string>): SpanCandidate[] {
  const out: SpanCandidate[] = [];
  tokens.forEach((verb, i) => {
    if (!verb.tags.has('Verb') || endsClause(verb) || !matchesQuestion(verb.term, askedVerbs)) return;
    let s = i + 1;
    while (s < tokens.length && tokens[s]!.tags.has('Particle') && !endsClause(tokens[s - 1]!)) s += 1;
    if (tokens[s] && /^that$/i.test(tokens[s]!.text) && !endsClause(tokens[s - 1]!)) s += 1;
    if (s >= tokens.length || endsClause(tokens[s - 1]!)) return;
    let e = s;
    while (e + 1 < tokens.length && !endsClause(tokens[e]!) && !CLAUSE_OPENERS.test(tokens[e + 1]!.text) && e + 1 - s < COMPLEMENT_WORDS) e += 1;
    s = trimKnown(tokens, s, e, questionTerms);
    // `held up [by a Warren truss]`: a phrase of place, time or means after the verb is no statement; its noun phrase answers.
    if (tokens[s]!.tags.has('Preposition')) return;
    if (!tokens.slice(s, e + 1).some((t) => t.term !== null && !questionTerms.has(t.term))) return;
    out.push({ ...span(sentence, tokens, s, e, 'phrase', COMPLEMENT_FIT), complement: true });
  });
  return out;
}

/** `by train`, `with a loan from China's Export-Import Bank`: the means or manner a plain `how` asks for. */
function meansPhrases(sentence: string, tokens: Token[]): SpanCandidate[] {
  const out: SpanCandidate[] = [];
  tokens.forEach((t, i) => {
    if (!/^(?:by|with|through|via|using)$/i.test(t.text) || endsClause(t) || !tokens[i + 1]) return;
    let e = i + 1;
    // A verb, a preposition other than `of`, or a word opening a clause (`by a brass band before he got in`) ends it.
    const ends = (x: Token): boolean => x.tags.has('Verb') || (x.tags.has('Preposition') && !/^of$/i.test(x.text)) || CLAUSE_OPENERS.test(x.text);
    while (e < tokens.length - 1 && !endsClause(tokens[e]!) && !ends(tokens[e + 1]!) && e - i < 12) e += 1;
    if (tokens.slice(i + 1, e + 1).some((x) => x.tags.has('Noun'))) out.push(span(sentence, tokens, i, e, 'phrase', 1));
  });
  return out;
}

/** The words inside quotation marks, four characters or more (`“bumpy”` is what was said of the talks), cut at a word to 160 characters. */
function quotations(sentence: string): SpanCandidate[] {
  const out: SpanCandidate[] = [];
  for (const m of sentence.matchAll(/[“"]([^”"]{4,})[”"]/g)) {
    let text = m[1]!.replace(/[\s,;:]+$/, '');
    if (text.length > 160) text = text.slice(0, text.lastIndexOf(' ', 160));
    const start = m.index + 1;
    out.push({ start, end: start + text.length, text, kind: 'phrase', fit: 1, quote: true });
  }
  return out;
}

const STRONG_MARKERS = new RegExp(
  String.raw`^(?:${oneOf`
  (?:delayed|caused|prompted|triggered|driven|hampered|held up|slowed|blocked|forced) by|because|due|owing
  thanks|aimed|in order|so as|so that|in a bid|designed|in return|for fear|as a result|in response|insulted
  angered|burdened|blamed on|point(?:ed|s|ing) to|reason|cause|explanation|in protest
`})`,
  'i',
);

/**
 * Words after which `as` compares, names, rates or gives a role (`as long as`, `such as`, `known as`, `rated the dam
 * as`, `named Rusk as`, `stepped down as`) instead of giving a reason.
 */
const NOT_CAUSAL_AS_BEFORE =
  /\b(?:as\s+\w+|such|same|served|works?|worked|acts?|acted|so)\s*$|\b(?:known|regarded|seen|viewed|described|presented|portrayed|billed|touted|framed|treated|rated|ranked|classed|classified|listed|named|appointed|elected|re-elected|installed|chosen|selected|confirmed|nominated|sworn in|hired|picked|stepped down|steps down|step down|resigned|resigns|quit|quits|retired|retires|replaced|replaces|succeeded|succeeds|took over|takes over|remains|remained|stayed|stays|returned|returns|joined|joins)\b(?:\s+[^\s,.;:!?]+){0,4}\s*$/i;

/** What follows `since` when it tells from when: a day, month or year, a number, `then`, `last ...`, `the start of ...`. */
const SINCE_A_TIME = new RegExp(
  String.raw`^\s+(?:${alternation(WEEKDAYS)}|${alternation(MONTHS)}|\d|then\b|last\b|early\b|late\b|mid\b|(?:the\s+)?(?:start|beginning|end|morning|afternoon|evening|night|weekend)\b)`,
  'i',
);

/**
 * `is due to run`, `are due to hold their ...`, `a cable, due to run from ...`: `due to` after a form of `be` (or a
 * comma) and before a verb (an infinitive to the tagger, or a word its object follows).
 */
function scheduledAt(sentence: string, start: number, length: number): boolean {
  if (!/\b(?:is|are|was|were|be|been|being|also|now|still)\s+$|['’]s\s+$|,\s*$/i.test(sentence.slice(0, start))) return false;
  const tokens = sentenceTokens(sentence.slice(start + length));
  const verb = tokens[0];
  if (verb === undefined || isCapitalized(verb) || verb.tags.has('Adjective') || verb.tags.has('Plural')) return false;
  return verb.tags.has('Infinitive') || /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/i.test(tokens[1]?.text ?? '');
}

/** The clause a reason marker opens, up to the next clause boundary, at most 160 characters. */
function reasonClauses(sentence: string): SpanCandidate[] {
  const out: SpanCandidate[] = [];
  for (const m of sentence.matchAll(REASON_MARKERS)) {
    const start = m.index;
    // `as long as it takes`, `such as`, `as well as`, `known as`, `named Rusk as`, `as expected`: a comparison, a
    // naming, a role or a manner, not a reason.
    if (
      /^as$/i.test(m[0]) &&
      (NOT_CAUSAL_AS_BEFORE.test(sentence.slice(0, start)) ||
        /^as\s+(?:well|of|part|if|though|such|\w+\s+as|expected|planned|scheduled|usual|promised|agreed|required|needed|intended|announced|reported|ever|always|before)\b/i.test(
          sentence.slice(start),
        ))
    )
      continue;
    // `since Tuesday`, `since 2011`, `since last year`: since a time, not for a reason.
    if (/^since$/i.test(m[0]) && SINCE_A_TIME.test(sentence.slice(start + m[0].length))) continue;
    // `are due to hold their first summit`: a schedule, not a cause (`was due to heavy fog`).
    if (/^due to$/i.test(m[0]) && scheduledAt(sentence, start, m[0].length)) continue;
    const rest = sentence.slice(start);
    // A reason put first (`Amid the two summits, the Kremlin ...`) ends at its comma, where the main clause begins.
    const fronted = /^\W*(?:(?:yet|but|and|so|however)\W+)?$/i.test(sentence.slice(0, start));
    const stop = (fronted ? /[,;:.!?](?=\s|$)|\s[—–]\s/ : /[;:.!?](?=\s|$)|,\s+(?:but|and|while|although|though|which|who|he|she|they|it)\b|\s[—–]\s/).exec(
      rest.slice(m[0].length),
    );
    let text = stop ? rest.slice(0, m[0].length + stop.index) : rest;
    if (text.length > 160) text = text.slice(0, text.lastIndexOf(' ', 160));
    text = text.replace(/[\s,;:"“”]+$/, '');
    if (text.split(/\s+/).length < 3) continue;
    out.push({ start, end: start + text.length, text, kind: 'reason', fit: STRONG_MARKERS.test(m[0]) ? 1 : 0.6 });
  }
  return out;
}

/** How well a statement with no reason marker fits a why question: it may explain what went before, or not. */
const STATED_FIT = 0.3;

/**
 * What a sentence states up front, as a reason for what the sentence before it said: the quotation it opens
 * with (`“There is no other way,” she said.`), else its leading clause up to the first break (`The street sits
 * on the old floodplain, ...`), at least three words and at most 160 characters.
 */
function statedReasons(sentence: string): SpanCandidate[] {
  const lead = /^\s*[“"]/.exec(sentence);
  const start = lead ? lead[0].length : sentence.length - sentence.trimStart().length;
  const rest = sentence.slice(start);
  const stop = (lead ? /[”"]/ : /[,;:!?(]|\.(?=\s|$)|\s[—–-]\s/).exec(rest);
  let text = stop ? rest.slice(0, stop.index) : rest;
  if (text.length > 160) text = text.slice(0, text.lastIndexOf(' ', 160));
  text = text.replace(/[\s,;:.]+$/, '');
  if (text.split(/\s+/).length < 3) return [];
  return [{ start, end: start + text.length, text, kind: 'reason', fit: STATED_FIT }];
}
