/**
 * The lexicon: the word lists the engine reads news and questions with, each in one place and documented with
 * what it is for. Lists that look alike are kept apart where they serve different readings (a question's noun,
 * a candidate's head word, a passage's cheap cue): merging them would change what the engine answers.
 */

/** Month names, January first (index = month number − 1), lower case: dates in articles and questions. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Weekday names, Sunday first (index = `Date.getUTCDay()`), lower case: dates relative to an article's own date. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** `april` → `April`: month names as a reply shows them. */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The words as a regular-expression alternation (`january|february|...`), for patterns that embed the list. */
export const alternation = (words: readonly string[]): string => words.join('|');

/**
 * Words that may open a sentence, each in either case of its first letter (`[Ss]hared|[Ss]ent`), as a pattern's
 * source: for a pattern that also needs `\p{Lu}` (a capitalised name after them), which cannot take the `i` flag
 * (with it `\p{Lu}` matches any letter, and `Sent from my phone` would name an app `my phone`).
 */
export const eitherCase = (...words: string[]): string => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|');

/**
 * A long alternation written over several lines, read raw (backslashes kept): each line holds `a|b|c` and the lines
 * are joined with `|`, so a list of a hundred words stays readable and yields the very pattern it was written as.
 */
export const oneOf = (strings: TemplateStringsArray): string =>
  strings.raw
    .join('')
    .trim()
    .split(/\s*\n\s*/)
    .join('|');

/** Words of rank or office before a name (`President`, `Mr`): not part of who the person is (candidate names, name matching). */
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'prime',
  'minister',
  'leader',
  'secretary',
  'chancellor',
  'king',
  'queen',
  'prince',
  'general',
  'gen',
  'sir',
  'lord',
  'chairman',
  'premier',
  'senator',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'director',
  'chief',
  'former',
  'then',
  'state',
  'foreign',
  'deputy',
  'vice',
]);

/** Head nouns of a phrase that names people or a body of people (`the officials`, `the band`): a who candidate. */
export const HUMAN_HEADS = new RegExp(
  String.raw`^(?:${oneOf`
  people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|officials?|leaders?|band|bands|guards?|bodyguards|soldiers?
  police|troops|analysts?|experts?|diplomats?|journalists?|reporters?|crowds?|residents?|citizens?|workers?
  students?|ministers?|spokes(?:man|woman|person)|aides?|advisers?|advisors?|delegations?|team|teams|government
  governments|officers?|staff|members?|supporters?|protesters?|voters?|fans?|players?|musicians?|dancers?|hosts?
  guests?|visitors?|envoys?|negotiators?|authorities|agency|company|parliament|council|committee|army|navy|media
  correspondents?|group|groups|family|families|villagers|performers|singers?|choir|orchestra|children|consortium
  consortia|firms?|contractors?|builders?|engineers?|architects?|crews?|companies|owners?|operators?|investors?
  lenders?|donors?|sponsors?
`})$`,
  'i',
);

/** Head nouns of a phrase that names a place (`the island`, `Russky Island`): a where candidate. */
export const PLACE_HEADS = new RegExp(
  String.raw`^(?:${oneOf`
  island|islands|city|town|village|port|station|province|region|county|district|border|peninsula|capital|airport
  campus|university|palace|square|street|bay|river|sea|mountain|valley|state|country|republic|centre|center|hall
  hotel|building|base|memorial|cemetery|museum|stadium|arena|park|school|college|hospital|cathedral|church|temple
  consulate|embassy|terminal|pier|harbour|harbor|plaza|lake|bridge|dam|house|zone|coast|forest
`})$`,
  'i',
);

/**
 * The words that open a reason clause (`because ...`, `in a bid to ...`, `delayed by ...`), and those that
 * state one without a causal conjunction (`the evidence pointed to ...`, `burdened by ...`, `demanding ...`,
 * `the likeliest explanation is ...`, `resigned over ...`: `over` after a word of quitting, punishing or quarrelling): why
 * candidates.
 */
export const REASON_MARKERS = new RegExp(
  String.raw`\b(?:${oneOf`
  (?:delayed|caused|prompted|triggered|driven|hampered|held up|slowed|blocked|forced) by|because(?: of)?|due to
  owing to|thanks to|aimed at|in order to|so as to|so that|in a bid to|designed to|in return for|for fear
  as a result of|in response to|insulted by|angered by|seeking to|to persuade|to show|to help|to force|to seek
  to press|to ensure|to avoid|to prevent|to secure|to win|to cement|to discuss|amid|after|since|as|following
  (?:burdened|weighed down|crippled|squeezed|weakened|hurt|worried|alarmed) by|blamed on|(?:pointed|points|pointing) to
  (?:reason|cause|explanation) (?:is|was)|citing|demanding|demanded|calling for|to demand|in protest (?:at|against|over)
  in search of|underscoring|to underscore|to mark|fearing
  over (?:\w+ )?(?:concerns?|fears?|worries|allegations?|claims?|disagreements?|disputes?|differences|objections?)
  (?<=\b(?:resign|quit|step(?:s|ped)? down|sack|fired|dismiss|sue|sued|fined|charged|criticis|criticiz|protest|clash|strike|walk(?:s|ed)? out|row|feud|apologi|condemn|boycott|split|rift|standoff|dispute|outrage|fury|backlash|uproar|furore|furor|tension|anger)\w*\s)over
  for (?:\w+ )?(?:reasons|repairs|maintenance)
`})\b`,
  'gi',
);

/** Nouns after `which`/`what` in a question that ask for a person or body (`which leader`): a who question. */
export const PERSON_NOUNS = new RegExp(
  String.raw`^(?:${oneOf`
  person|people|man|men|woman|women|leader|leaders|president|presidents|minister|ministers|official|officials
  spokesman|spokeswoman|spokesperson|director|chief|head|king|queen|prince|princess|player|players|team|group
  country's leader|politician|diplomat|envoy|aide|adviser|advisor
  general|commander|journalist|reporter|author|singer|actor|coach|ceremony|band
`})$`,
);

/**
 * Nouns after `which`/`what` in a question that ask for an organisation (`which bank`, `which companies`): a
 * who question whose answer is a body's name (`Export-Import Bank`), not a person's.
 */
export const ORGANISATION_NOUNS = new RegExp(
  String.raw`^(?:${oneOf`
  organisations?|organizations?|compan(?:y|ies)|firms?|banks?|lenders?|agenc(?:y|ies)|utilit(?:y|ies)|part(?:y|ies)
  newspapers?|broadcasters?|networks?|channels?|outlets?|publications?|makers?|manufacturers?|producers?
  operators?|carriers?|airlines?|insurers?|suppliers?|contractors?|builders?|developers?|institutions?|charit(?:y|ies)
  unions?|ministr(?:y|ies)|departments?|consortium|consortia|conglomerates?|corporations?|businesses|business
`})$`,
);

/** Nouns after `which`/`what` in a question that ask for a place (`which city`): a where question. */
export const PLACE_NOUNS = new RegExp(
  String.raw`^(?:${oneOf`
  city|cities|country|countries|town|towns|place|places|island|port|region|state|province|venue|location|site
  capital|village|continent|nation|border|station|building|street|district|area|river|rivers|lake|sea|ocean|bay
  mountain|mountains|road|square|park|hospital|airport|port
`})$`,
);

/** A cheap cue that a passage can say where: a preposition before a capitalised word, or a place noun. */
export const PLACE_CUE =
  /\b(?:in|at|to|from|near|into|onto|across|outside|inside)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]+)|\b(?:city|town|island|port|border|capital|village|province|region|station|venue|country)\b/u;

/** A cheap cue that a passage can say why: a reason word. */
export const REASON_CUE = new RegExp(
  String.raw`\b(?:${oneOf`
  because|due to|owing to|aimed at|in order to|so as to|so that|as a result|designed to|in a bid to
  in return for|for fear|amid|insulted|blamed|since|seeking|seeks|to persuade|to show|uncomfortable|worried
  concerned|pointed to|points to|citing|demanding|in protest|explanation|reason
`})\b`,
  'i',
);

/** A cheap cue that a passage can say who: two capitalised words inside a sentence, or a person noun or pronoun. */
export const PERSON_CUE =
  /(?:^|[^.!?]\s)[A-Z][\p{L}'’-]+\s+[A-Z][\p{L}'’-]+|\b(?:president|leader|minister|spokesman|spokeswoman|official|officials|director|chief|he|she|they|women|men|band|people)\b/u;

/**
 * What a `how tall`, `how deep`... question's dimension is called in an article that states it (`28 metres high`,
 * `a depth of 40 metres`): the search keeps these, as the form itself is taken off the query.
 */
export const DIMENSION_WORDS: Readonly<Record<string, string>> = {
  tall: 'tall high height',
  high: 'high tall height',
  deep: 'deep depth',
  wide: 'wide width',
  far: 'far away distance',
  heavy: 'heavy weight weighs',
  fast: 'fast speed',
};

/**
 * Words after which a number before 1500 is a year (`in 1066`, `since 1204`), as a regex alternation: alone,
 * `1200` is as likely a count. The date phrases and the search's when cue both read it.
 */
export const OLD_YEAR_AFTER = 'in|since|until|from|during|around|after|before|circa';

/**
 * Nouns that name a measure (`what is the cost of ...`, `what was the death toll`): the question asks for an
 * amount, as the `how` form beside each does.
 */
export const MEASURE_NOUNS: Readonly<Record<string, string>> = {
  cost: 'how much',
  costs: 'how much',
  price: 'how much',
  budget: 'how much',
  value: 'how much',
  worth: 'how much',
  salary: 'how much',
  revenue: 'how much',
  profit: 'how much',
  debt: 'how much',
  fine: 'how much',
  bill: 'how much',
  population: 'how many',
  toll: 'how many',
  number: 'how many',
  count: 'how many',
  turnout: 'how many',
  length: 'how long',
  duration: 'how long',
  height: 'how tall',
  depth: 'how deep',
  width: 'how wide',
  distance: 'how far',
  weight: 'how heavy',
  speed: 'how fast',
  age: 'how old',
  capacity: 'how big',
  size: 'how big',
  area: 'how big',
  rate: 'how big',
  percentage: 'how big',
  temperature: 'how big',
};

/**
 * Words that name a sort of thing in `what kind of X`, `which type of X`: the asked-for noun is the X after `of`,
 * not the sort word itself.
 */
export const KIND_WORDS = new RegExp(
  String.raw`^(?:${oneOf`
  kind|kinds|type|types|sort|sorts|form|forms|class|classes|category|categories|variety|varieties|manner|brand|brands
`})$`,
  'i',
);

/** Verbs of saying, as written: a `what` question with one (`what did he say`, `what were they chanting`) asks for words said. */
export const SPEECH_VERBS = new RegExp(
  String.raw`\b(?:${oneOf`
  say|says|said|tell|tells|told|claim|claims|claimed|announce|announced|warn|warned|promise|promised
  write|wrote|written|call|calls|called|describe|describes|described|tweet|tweets|tweeted|post|posts|posted
  chant|chants|chanted|chanting|shout|shouts|shouted|shouting|reply|replies|replied|respond|responds|responded
`})\b`,
  'i',
);

/**
 * What a sentence says right before the name it gives a thing (`is called`, `known as`, `referred to as`): the
 * noun phrase after it is what the thing is called.
 */
export const NAMING_VERBS = new RegExp(
  String.raw`^(?:${oneOf`
  called|known as|referred to as|termed|denoted|denoted by|denoted as|named|dubbed|defined as|defined to be
`})$`,
  'i',
);

/** The numbers news style writes as words, each at its value's index (`NUMBER_WORDS[17]` is `seventeen`). */
// prettier-ignore
export const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
] as const;

/** A number from two to twenty as the other way of writing it (`17` -> `seventeen`, `four` -> `4`), or undefined. */
export function numberWrittenOtherwise(word: string): string | undefined {
  if (/^\d+$/.test(word)) return Number(word) >= 2 && Number(word) <= 20 ? NUMBER_WORDS[Number(word)] : undefined;
  const value = NUMBER_WORDS.indexOf(word.toLowerCase() as (typeof NUMBER_WORDS)[number]);
  return value >= 2 ? String(value) : undefined;
}

/**
 * Chat shorthand for common English words, as questions are typed on Discord (`how many ppl were hurt`): read as
 * the word it stands for when the articles do not use it as a word of their own (see `correctSpelling`). Too short
 * for the spelling correction's one edit, and no edit away from the word it means.
 */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  ppl: 'people',
  ppls: 'peoples',
  govt: 'government',
  gov: 'government',
  yr: 'year',
  yrs: 'years',
  mins: 'minutes',
  hr: 'hour',
  hrs: 'hours',
  wk: 'week',
  wks: 'weeks',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  abt: 'about',
  thru: 'through',
  tho: 'though',
  b4: 'before',
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  w: 'with',
  intl: 'international',
  natl: 'national',
  dept: 'department',
  approx: 'approximately',
  info: 'information',
  pres: 'president',
  prez: 'president',
  bn: 'billion',
  ctry: 'country',
  msg: 'message',
};

/** A copula: `X is Y` says what X is. */
/** Words that open a clause of their own (`that`, `when`, `because`...): a phrase, or a question's main clause, is over before them. */
export const CLAUSE_OPENERS = /^(?:that|which|who|whom|whose|when|while|whilst|before|after|until|because|as|if|since|though|although|where)$/i;

export const COPULAS = /^(?:is|are|was|were)$/i;

/** Words that negate a clause, as written or typed without the apostrophe (`did not`, `never`, `didn't`, `didnt`). */
export const NEGATION = /\b(?:not|never|cannot|nor|\w+n['’]t|(?:is|are|was|were|do|does|did|has|have|had|ca|wo|could|would|should|must)nt)\b/i;

/** The numbers a text writes in digits (`1,500` as `1500`, `2.5`, the `1960` of `1960s`). */
export const digitNumbers = (text: string): string[] => (text.match(/\d(?:[\d,.]*\d)?/g) ?? []).map((n) => n.replace(/,/g, ''));
