/** Reads a question's type from its wording (`who`, `which city`, `how many`...), or takes the subcommand's. */
import { foldText } from '../search/tokenizer.ts';
import { MEASURE_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS, PLACE_NOUNS } from '../shared/lexicon.ts';
import type { QuestionType } from '../shared/questionType.ts';
import nounKinds from '../shared/nounKinds.json' with { type: 'json' };
import { endsClause, isKnownWord, sentenceTokens, singularForms } from './sentenceTokens.ts';

export interface QuestionForm {
  type: QuestionType;
  /** Finer form where it changes what an answer looks like: `how many`, `how much`, `how long`, `what year`... */
  form: string;
}

const TIME_NOUNS = /^(?:year|years|day|days|month|months|date|dates|time|decade|century|week|season|hour)$/;

const WH_WORDS = ['who', 'whom', 'whose', 'when', 'where', 'why', 'what', 'which', 'how'];

/** Within one edit (insert, delete, substitute, or swap of neighbours) of each other. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The word with one letter left out: `whn` is `when` so typed. */
const missingOneLetter = (typed: string, word: string): boolean =>
  typed.length === word.length - 1 && [...word].some((_, i) => word.slice(0, i) + word.slice(i + 1) === typed);

/**
 * `whn`, `wher`, `wat`: a misspelt question word opening the question still says what is asked. A dropped
 * letter is the likeliest slip (`whn` is `when` rather than `who`), then any other single edit.
 */
function correctWhWord(word: string, next = ''): string {
  if (WH_SHORTHAND[word]) return WH_SHORTHAND[word];
  if (word.length < 3 || WH_WORDS.includes(word) || !/^[wh]/.test(word)) return word;
  // `hwo much`: one swap from both `who` and `how`; a quantity word after it says which.
  if ((QUANTITY_HOW as readonly string[]).includes(next) && oneEditApart(word, 'how')) return 'how';
  return WH_WORDS.find((w) => missingOneLetter(word, w)) ?? WH_WORDS.find((w) => oneEditApart(word, w)) ?? word;
}

/** Question words as chat shortens them: `y did he quit`, `hw many`. */
const WH_SHORTHAND: Readonly<Record<string, string>> = { y: 'why', wy: 'why', hw: 'how' };

/** The form a `which` + noun asks for (`what year`, `which city`, `which bank`, `which leader`), or null for a noun of no type. */
function typeOfNoun(noun: string): QuestionForm | null {
  if (TIME_NOUNS.test(noun)) return { type: 'when', form: `what ${noun.replace(/s$/, '')}` };
  if (PLACE_NOUNS.test(noun)) return { type: 'where', form: `which ${noun}` };
  if (ORGANISATION_NOUNS.test(noun)) return { type: 'who', form: ORGANISATION_FORM };
  if (PERSON_NOUNS.test(noun)) return { type: 'who', form: 'who' };
  if (REASON_NOUNS.test(noun)) return { type: 'why', form: 'why' };
  // Beyond the lists: the nouns WordNet uses first for a kind of person (`lawyer`, `skipper`), as written or with
  // two letters swapped (`laywer`).
  if (isPersonNoun(noun)) return { type: 'who', form: 'who' };
  return null;
}

/** Nouns that ask why, singular and plural: `what reason did he give`, `the motive`, `cause of the blast`. */
const REASON_WORDS = '(?:reason|motive|purpose|cause)s?';
const REASON_NOUNS = new RegExp(`^${REASON_WORDS}$`);
/** Openings that ask why without the word: `for what reason`, `how come`, `what's the motive`, `what caused`. */
const WHY_OPENING = new RegExp(String.raw`^(?:for what reason|what for|how come|what (?:(?:is|was|were|are) )?the ${REASON_WORDS}|what (?:caused|causes))\b`);

const PERSON_KIND = new Set(nounKinds.person);

/** Whether WordNet's first sense of a noun is a kind of person; a longer word the tagger does not know also with two neighbouring letters swapped (`laywer`). */
function isPersonNoun(word: string): boolean {
  const known = (w: string): boolean => singularForms(w).some((form) => PERSON_KIND.has(form));
  if (known(word)) return true;
  if (word.length < 6 || isKnownWord(word)) return false;
  for (let i = 0; i + 1 < word.length; i += 1) if (known(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  return false;
}

/**
 * The head of the noun phrase a question's `what` or `which` opens, as the tagger reads it: the last of the nouns
 * and adjectives right after it (`which German engineer simplified` -> `engineer`), or null when the phrase stops
 * at a possessive (`which engineer's design`: the head comes after it) or has none.
 */
function whPhraseHead(question: string): string | null {
  const tokens = sentenceTokens(question);
  const wh = tokens.findIndex((t) => /^(?:what|which)$/i.test(t.text));
  if (wh < 0) return null;
  let head: string | null = null;
  for (const t of tokens.slice(wh + 1)) {
    if (t.tags.has('Possessive')) return null;
    if (t.tags.has('Verb') || t.tags.has('Pronoun') || t.tags.has('Determiner') || !(t.tags.has('Noun') || t.tags.has('Adjective'))) break;
    head = t.text.toLowerCase();
    if (endsClause(t)) break;
  }
  return head;
}

/** `how tall`, `how many`...: forms that ask for a quantity (the rest of the question says of what). */
export const QUANTITY_HOW = ['many', 'much', 'long', 'far', 'old', 'big', 'large', 'often', 'tall', 'high', 'deep', 'wide', 'heavy', 'fast'] as const;
const QUANTITY_HOW_PATTERN = new RegExp(`^how (${QUANTITY_HOW.join('|')}|soon)\\b`);
/** A question opening with a quantity form, for taking that form off the search query. */
export const LEADING_QUANTITY_HOW = new RegExp(`^\\s*how\\s+(?:${QUANTITY_HOW.join('|')})\\b`, 'i');
/** An auxiliary or modal verb (`did`, `will`, `can`): after a wh-word it opens the clause, never names what is asked. */
export const AUXILIARY = /^(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|shall|may|might|must)$/;
const COPULA = /^(?:is|are|was|were)$/;
/** The form of a `which bank`, `which companies` question: a who whose answer is an organisation's name. */
export const ORGANISATION_FORM = 'which organisation';

/** The start of a question, with leading conjunctions dropped (`And who ...`) and its question word spelt right. */
function questionHead(question: string): string {
  const head = foldText(question)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:and|so|but|ok|okay|then|tell me|please|do you know|can you tell me)\s+)+/, '');
  const [first = '', ...rest] = head.split(' ');
  return [spelledWhWord(first, rest[0]) ?? first, ...rest].join(' ');
}

/** A question word as typed (`wher`, `wat`; `whos`, whose `'s` lost its apostrophe) spelt right, or null when it is right or none. */
function spelledWhWord(typed: string, next = ''): string | null {
  const letters = foldText(typed).replace(/[^\p{L}]+/gu, '');
  const corrected = correctWhWord(letters.replace(/^(who|what|where|when|how)s$/, '$1'), foldText(next).toLowerCase());
  return WH_WORDS.includes(corrected) && corrected !== letters ? corrected : null;
}

/**
 * The question with a misspelt or run-together question word opening it spelt right (`wher is the dam` ->
 * `where is the dam`, `whos kims dad` -> `who kims dad`), so the search does not take it for a word the
 * articles lack.
 */
export function withQuestionWordSpelt(question: string): string {
  const m = /^(\s*(?:(?:and|so|but|ok|okay|then)\s+)*)(\S+)(?=\s*(\S*))/i.exec(question);
  if (!m) return question;
  const fixed = spelledWhWord(m[2]!, m[3]);
  if (fixed) return m[1]! + fixed + question.slice(m[0].length);
  // `long was the meeting`: the `how` left out is put back, so the search drops the form as it does `how long`.
  return droppedHow(questionHead(question).split(' ')) ? m[1]! + 'how ' + question.slice(m[1]!.length) : question;
}

/**
 * `When the talks ended, who spoke first?`, `In 1066, which duke ...`: a leading clause or phrase set off by a
 * comma says when or where, and the question is what follows it.
 */
const LEADING_CLAUSE =
  /^\s*(?:when|if|while|whilst|although|though|since|after|before|as|once|because|despite|besides|in|on|at|during|given|considering|according to|apart from|other than|aside from|unlike|like|for)\b[^,?]*,\s*(.+)$/i;

/** The type the wording asks for, or null when it has no wh-word (a fragment or a yes/no question). */
export function typeFromWording(question: string): QuestionForm | null {
  const rest = LEADING_CLAUSE.exec(question)?.[1];
  if (rest && /\b(?:who|whom|whose|when|where|why|what|which|how)\b/i.test(rest)) return typeFromWording(rest);
  const head = questionHead(question);
  let m: RegExpExecArray | null;
  if ((m = /^(?:since|until|till|by|from) when\b/.exec(head))) return { type: 'when', form: m[0] };
  if ((m = WHY_OPENING.exec(head))) return { type: 'why', form: 'why' };
  if ((m = /^(?:in |on |at |during )?(?:what|which) (\w+)/.exec(head))) {
    const noun = m[1]!;
    // `what is the cost of ...`, `what was the death toll`: a measure's name asks for an amount.
    const measure = measureAsked(head.split(' ').slice(1));
    if (measure) return { type: 'how', form: measure };
    const typed = typeOfNoun(noun);
    if (typed) return typed;
    // `what was the date of the vote`, `what is the location of the plant`: the noun after the copula asks (only a
    // time's or a place's generic name: `what was the state of the economy` asks for no place).
    const named = head
      .split(' ')
      .slice(1)
      .find((w) => !COPULA.test(w) && !/^(?:the|exact)$/.test(w));
    if (named && (TIME_NOUNS.test(named) || KIND_NOUNS.where!.test(named))) return typeOfNoun(named)!;
    // `What did the minister say?`: a noun after `did`, `has`, `will`... is who acts, not what is asked.
    if (AUXILIARY.test(noun) && !COPULA.test(noun)) return { type: 'what', form: 'what' };
    // `which Chinese president`, `which cable maker's shares`: the noun may come after adjectives, not after a
    // verb (`what tactic did companies employ` asks for a tactic).
    const words = head.split(' ').slice(1, 5);
    const verbAt = words.findIndex((w) => AUXILIARY.test(w));
    if (verbAt > 0) words.length = verbAt;
    if (words.some((w) => PERSON_NOUNS.test(w))) return { type: 'who', form: 'who' };
    if (words.some((w) => PLACE_NOUNS.test(w))) return { type: 'where', form: 'where' };
    if (!COPULA.test(noun) && words.some((w) => ORGANISATION_NOUNS.test(w.replace(/'s$/, '')))) return { type: 'who', form: ORGANISATION_FORM };
    // `Which German engineer simplified the code?`: the phrase's head, past its modifiers, names a kind of person.
    const phraseHead = whPhraseHead(question);
    if (phraseHead && isPersonNoun(phraseHead)) return { type: 'who', form: 'who' };
    return { type: 'what', form: 'what' };
  }
  if ((m = QUANTITY_HOW_PATTERN.exec(head))) {
    if (m[1] === 'soon') return { type: 'when', form: 'when' };
    return { type: 'how', form: `how ${m[1]}` };
  }
  const wh = /\b(who|whom|whose|when|where|why|what|which|how)\b/.exec(head);
  if (!wh) return fragmentType(head);
  // A wh-word far into a sentence is usually a clause (`the day when ...`), not the question; so is one after
  // `was there ...` (`was there music when kim got to the station` asks whether there was).
  const before = head.slice(0, wh.index);
  if (wh.index > 0 && ((!/^(?:\S+ ){0,3}$/.test(before) && !question.trim().endsWith('?')) || /^(?:is|are|was|were|will|would) there\b/.test(before)))
    return fragmentType(head);
  switch (wh[1]) {
    case 'who':
    case 'whom':
    case 'whose':
      return { type: 'who', form: 'who' };
    case 'when':
      return { type: 'when', form: 'when' };
    case 'where':
      return { type: 'where', form: 'where' };
    case 'why':
      return { type: 'why', form: 'why' };
    case 'how':
      return { type: 'how', form: 'how' };
    default:
      return { type: 'what', form: 'what' };
  }
}

/**
 * The `how` form of a measure the words after `what` name as their noun phrase's head (`is the total cost of`,
 * `was the death toll`), or null. The phrase is read past a copula, articles and modifiers up to `of`, `for`,
 * `in`... or a verb; its last word is the head.
 */
function measureAsked(words: readonly string[]): string | null {
  let head: string | null = null;
  for (const [i, word] of words.entries()) {
    if (i === 0 && COPULA.test(word)) continue;
    if (/^(?:of|for|in|on|at|to|from|with|by|that|which|did|does|do|has|have|had|will|would|can|could|should)$/.test(word)) break;
    if (i > 4) break;
    head = word;
  }
  return head !== null ? (MEASURE_NOUNS[head] ?? null) : null;
}

/** `long did it take`, `many people were hurt`: a quantity word, then (after a noun for many and much) an auxiliary. */
function droppedHow([first = '', second = '', third = '']: string[]): string | null {
  if (!(QUANTITY_HOW as readonly string[]).includes(first)) return null;
  if (AUXILIARY.test(second)) return first;
  return (first === 'many' || first === 'much') && AUXILIARY.test(third) ? first : null;
}

/**
 * A question with no wh-word up front: `the old town gets linked to which district`, `kim arrival date?`.
 * A `which`/`what` + noun anywhere, or a noun of time or place, says what is asked; one opening with an
 * auxiliary (`Will a statement be signed?`) is a yes/no question (null).
 */
function fragmentType(head: string): QuestionForm | null {
  const words = head.split(' ');
  // `long was the meeting`, `many people were evacuated`: a quantity form whose `how` was left out.
  const quantity = droppedHow(words);
  if (quantity) return { type: 'how', form: `how ${quantity}` };
  if (AUXILIARY.test(words[0] ?? '')) return null;
  const which = /\b(?:which|what) (\w+)/.exec(head);
  if (which) {
    return typeOfNoun(which[1]!) ?? { type: 'what', form: 'what' };
  }
  if (words.some((w) => /^(?:date|day|time|year)$/.test(w))) return { type: 'when', form: 'when' };
  if (words.some((w) => /^(?:location|place|venue|whereabouts)$/.test(w))) return { type: 'where', form: 'where' };
  if (words.some((w) => REASON_NOUNS.test(w))) return { type: 'why', form: 'why' };
  // `ceo name`, `ship's name`: the name of what the word before says.
  if (words.length >= 2 && /^names?$/.test(words[words.length - 1]!))
    return typeOfNoun(words[words.length - 2]!.replace(/'s$/, '')) ?? { type: 'what', form: 'what' };
  return leadingNounType(words);
}

/** Words that end a fragment's leading noun phrase: a preposition, a relative, an auxiliary. */
const PHRASE_END = /^(?:of|on|in|at|to|for|from|with|by|about|after|before|during|who|whom|that|which|the|a|an)$/;

/**
 * `hospital the crewman was flown to`, `name of the nurse who ...`, `keane's role on the ship`: a fragment of
 * three words or more that opens with a noun phrase asks for what that phrase names, typed by its head noun as
 * `which` + that noun is (`which hospital`); a shorter one (`summit talks`) names a topic, not a question (null).
 */
function leadingNounType(words: readonly string[]): QuestionForm | null {
  if (words.length < 3) return null;
  const named = words[0] === 'name' && words[1] === 'of' ? words.slice(words[2] === 'the' ? 3 : 2) : words;
  const end = named.findIndex((w, i) => i > 0 && (PHRASE_END.test(w) || AUXILIARY.test(w)));
  const phraseLength = Math.min(end < 0 ? named.length : end, 3);
  // The phrase's head is its last word (`keane's role`: a role, not a person).
  const head = named[phraseLength - 1] ?? '';
  return typeOfNoun(head) ?? { type: 'what', form: 'what' };
}

/**
 * Nouns that say what kind of answer a question wants rather than what it is about: `date` in `summit date` or
 * `what date is the summit`, `location` in `ferry fire location`, `reason` in `what was the reason for the delay`.
 * A report answers without them (`will meet on Thursday`), so they are no sign of what the question names.
 * Only the generic nouns: `city` or `century` are words an answer's sentence holds (`the city of Vladivostok`,
 * `the 10th century`), `time` one a clock time's (`4:50 a.m. local time`: with `time` and `hour` here, train lost
 * two `what time` questions' passages), and `cause` one a reason's (`caused by`).
 */
const KIND_NOUNS: Partial<Record<QuestionType, RegExp>> = {
  when: /^(?:date|dates|day|year)$/,
  where: /^(?:location|place|venue|site|whereabouts)$/,
  why: /^(?:reasons?|motives?|purpose)$/,
};
/** Between `what` and the noun it asks for: `what was the date`, `what's the reason`. */
const KIND_GAP = /^(?:is|was|are|were|the|'s|s)$/;

/**
 * The words of a question that only say what kind of answer it asks for (see KIND_NOUNS): the noun after its
 * `what` or `which`, or, in a question without its type's wh-word (`putin kim summit date`), such a noun anywhere.
 */
export function kindWords(question: string, form: QuestionForm): string[] {
  const kind = KIND_NOUNS[form.type];
  if (!kind) return [];
  const words: string[] = question.toLowerCase().match(/[a-z]+|'s\b/g) ?? [];
  const wh = words.findIndex((w) => w === 'what' || w === 'which');
  if (wh >= 0) {
    let i = wh + 1;
    while (i < words.length && KIND_GAP.test(words[i]!)) i += 1;
    if (kind.test(words[i] ?? '')) return [words[i]!];
  }
  if (words.includes(form.type)) return [];
  return words.filter((w) => kind.test(w));
}

/** The subcommand's type wins when given; otherwise the wording decides, and a question with no wh-word is a `what`. */
export function classifyQuestion(question: string, given?: QuestionType | null): QuestionForm {
  const worded = typeFromWording(question);
  if (given) {
    if (worded && worded.type === given) return worded;
    // `/summit how question: many times ...` reads as `how many times ...`.
    const joined = typeFromWording(`${given} ${question}`);
    return joined && joined.type === given ? joined : { type: given, form: given };
  }
  // No wh-word and no subcommand: a yes/no question, answered by its passages alone.
  return worded ?? { type: 'what', form: 'yes/no' };
}
