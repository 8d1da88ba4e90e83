/**
 * Date phrases in news text and what they mean against the article's own date:
 * `Wednesday` in an article dated Thursday 25 April 2019 is Wednesday 24 April 2019.
 * News looks back, so a bare weekday or month is read as past unless the sentence speaks of the future; a
 * calendar day without its year (`24 March`) is the one nearest the report, before or after it.
 */
import { monthIndex, toIsoDate } from '../ingest/parseDateline.ts';
import type { Article } from '../ingest/types.ts';
import { alternation, capitalize, MONTHS, NUMBER_WORDS, OLD_YEAR_AFTER, WEEKDAYS } from '../shared/lexicon.ts';

const MONTH = `(?:${alternation(MONTHS)}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
const WEEKDAY = `(?:${alternation(WEEKDAYS)})`;
const UNIT = '(?:day|week|month|year|decade)s?';
const TO_TEN = alternation(NUMBER_WORDS.slice(1, 11));
const NUMBER_WORD = `(?:\\d+|a|an|${TO_TEN}|several|a few)`;

const DATE_PHRASE = new RegExp(
  `(?:(?:in|since|until|by|of|from|during|on)\\s+)?(?:${[
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`,
    // `Thursday morning`, `early Sunday`: the part of the day stays with its day.
    `(?:(?:early|late|last|next|this|earlier|later)\\s+(?:on\\s+)?)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?(?:,?\\s+${MONTH}\\s+\\d{1,2}|\\s+\\d{1,2}\\s+${MONTH})?`,
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`,
    `(?:(?:early|late|mid)[- ])?${MONTH}\\s+\\d{4}`,
    `(?:earlier|later|early|late)\\s+(?:this|last|next)\\s+(?:week|month|year)`,
    // Parts of a year: `the second half of 2028`, `the end of the year`, `the spring of 2020`, `earlier in April`.
    `(?:the\\s+)?(?:first|second|third|fourth|last|final)\\s+(?:half|quarter)\\s+of\\s+(?:(?:the|this|next|last)\\s+year|\\d{4})`,
    `(?:the\\s+)?(?:start|end|beginning|middle|close)\\s+of\\s+(?:(?:the|this|next|last)\\s+year|\\d{4}|${MONTH}(?:\\s+\\d{4})?)`,
    `(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?:1[5-9]\\d\\d|20\\d\\d)`,
    `(?:earlier|later)\\s+in\\s+${MONTH}(?:\\s+\\d{4})?`,
    `(?:last|next|this)\\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)`,
    `${NUMBER_WORD}\\s+${UNIT}\\s+(?:ago|earlier|later)`,
    `(?:the\\s+)?(?:1[5-9]\\d0|20\\d0)s`,
    `(?:early|late|mid)[- ](?:1[5-9]\\d\\d|20\\d\\d)`,
    `(?:early|late|mid)[- ]${MONTH}\\b`,
    `${MONTH}\\b`,
    // `the 10th and 11th centuries`, `the early 12th century`.
    `(?:the\\s+)?(?:(?:early|late|mid)[- ])?\\d{1,2}(?:st|nd|rd|th)(?:\\s+(?:and|or|to)\\s+\\d{1,2}(?:st|nd|rd|th))?[- ]centur(?:y|ies)\\b`,
    `\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b`,
    // An older year only after a word that makes it one (`in 1066`): alone, `1200` is as likely a count.
    `(?<=\\b(?:${OLD_YEAR_AFTER})\\s+)1[0-4]\\d\\d\\b`,
    `\\b(?:today|yesterday|tomorrow|tonight)\\b`,
  ].join('|')})`,
  'gi',
);

export interface DatePhrase {
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when it cannot be placed in time. */
  resolved: string | null;
}

// Compiled once: these run for every date phrase of every sentence searched.
const MONTH_DAY_YEAR = new RegExp(`(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})`, 'i');
const MONTH_YEAR = new RegExp(`^(?:(?:early|late|mid)[- ])?(${MONTH})\\s+(\\d{4})$`, 'i');
const DAY_AND_MONTH = new RegExp(`(${MONTH})\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})`, 'i');
const MONTH_AFTER_PREPOSITION = new RegExp(`(?:in|since|until|by|of|from|during)\\s+(${MONTH})`, 'i');
const AGO = new RegExp(`^(\\d+|a|an|${TO_TEN})\\s+(day|week|month|year)s?\\s+ago$`, 'i');
const MONTH_ALONE = new RegExp(`^${MONTH}$`, 'i');

/** Words that put a clause in the future: `will meet`, `is expected to`, `next week`. */
export const FUTURE =
  /\b(?:will|would|shall|is to|are to|is due|are due|is expected|are expected|expects|plans? to|going to|scheduled|next|upcoming|later this)\b/i;

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function resolvePhrase(phrase: string, articleDate: string | null, future: boolean): string | null {
  const lower = phrase.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = MONTH_DAY_YEAR.exec(phrase))) return toIsoDate(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  if ((m = DAY_MONTH_YEAR.exec(phrase))) return toIsoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  if ((m = /\b(1[5-9]\d\d|20\d\d)s\b/.exec(phrase))) return null;
  if ((m = MONTH_YEAR.exec(phrase))) return `${m[2]}-${pad(monthIndex(m[1]!) + 1)}`;
  if (/centur/i.test(phrase)) return null;
  if ((m = /\b(1\d\d\d|20\d\d)\b/.exec(phrase))) return m[1]!;
  if (!articleDate) return null;
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7)) - 1;

  const weekday = WEEKDAYS.findIndex((d) => lower.includes(d));
  const dayMonth = DAY_AND_MONTH.exec(phrase);
  if (dayMonth) {
    const mi = monthIndex((dayMonth[1] ?? dayMonth[4])!);
    const day = Number(dayMonth[2] ?? dayMonth[3]);
    let iso = toIsoDate(year, mi, day);
    if (iso && future && iso < shiftDays(articleDate, -7)) iso = toIsoDate(year + 1, mi, day);
    // A calendar day named without its year is the one nearest the report (`set a date, 24 March, to review` in a
    // report of 6 March is this March, not last): the nearer of this year's, last year's and next year's.
    else if (iso && !future) {
      const from = Date.parse(`${articleDate}T00:00:00Z`);
      const distance = (d: string | null): number => (d ? Math.abs(Date.parse(`${d}T00:00:00Z`) - from) : Infinity);
      iso = [toIsoDate(year - 1, mi, day), iso, toIsoDate(year + 1, mi, day)].reduce((a, b) => (distance(b) < distance(a) ? b : a));
    }
    return iso;
  }
  if (weekday >= 0) {
    const current = new Date(`${articleDate}T00:00:00Z`).getUTCDay();
    let delta = weekday - current;
    if (/\blast\b/.test(lower)) delta = delta >= 0 ? delta - 7 : delta;
    else if (/\bnext\b/.test(lower)) delta = delta <= 0 ? delta + 7 : delta;
    else if (future) delta = delta < 0 ? delta + 7 : delta;
    else delta = delta > 0 ? delta - 7 : delta;
    return shiftDays(articleDate, delta);
  }
  if (/\btoday|tonight\b/.test(lower)) return articleDate;
  if (/\byesterday\b/.test(lower)) return shiftDays(articleDate, -1);
  if (/\btomorrow\b/.test(lower)) return shiftDays(articleDate, 1);
  if ((m = /\b(this|last|next)\s+(week|month|year)\b/.exec(lower))) {
    const step = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
    if (m[2] === 'year') return String(year + step);
    if (m[2] === 'month') {
      const d = new Date(Date.UTC(year, month + step, 1));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    return shiftDays(articleDate, 7 * step);
  }
  if ((m = MONTH_AFTER_PREPOSITION.exec(phrase))) {
    const mi = monthIndex(m[1]!);
    const y = !future && mi > month ? year - 1 : future && mi < month ? year + 1 : year;
    return `${y}-${pad(mi + 1)}`;
  }
  const ago = AGO.exec(phrase);
  if (ago) {
    const raw = ago[1]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : Math.max(1, NUMBER_WORDS.indexOf(raw as (typeof NUMBER_WORDS)[number]));
    const unit = ago[2]!.toLowerCase();
    if (unit === 'day') return shiftDays(articleDate, -n);
    if (unit === 'week') return shiftDays(articleDate, -7 * n);
    if (unit === 'year') return String(year - n);
    const d = new Date(Date.UTC(year, month - n, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  return null;
}

/** Every date phrase in a sentence, resolved against the article's date where it can be. */
export function findDatePhrases(sentence: string, articleDate: string | null): DatePhrase[] {
  const out: DatePhrase[] = [];
  for (const m of sentence.matchAll(DATE_PHRASE)) {
    let text = m[0];
    let start = m.index;
    // `in April`: the preposition locates the date but is not part of the answer.
    const prep = /^(?:in|since|until|by|of|from|during|on)\s+/i.exec(text);
    if (prep) {
      start += prep[0].length;
      text = text.slice(prep[0].length);
    }
    // A month alone (`May`, `March` are also words) counts only capitalised and after a preposition.
    if (MONTH_ALONE.test(text) && (!prep || !/^[A-Z]/.test(text))) continue;
    // Tense is read from the phrase's own clause: `will meet on Thursday, an official said on Tuesday`.
    const clauseStart = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start), 0);
    const future = FUTURE.test(sentence.slice(clauseStart, start + text.length));
    out.push({ text, start, end: start + text.length, resolved: resolvePhrase(m[0], articleDate, future) });
  }
  return out;
}

const MONTH_NAMES = MONTHS.map(capitalize);

/**
 * How a text writes a calendar day: `25 April` (day first, as British and most non-US outlets do) or `April 25`.
 * A resolved date is shown in its source's own way, so that a reader (and a check against the article's words)
 * finds the day as the report writes it.
 */
export type DateStyle = 'day-first' | 'month-first';
const DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?![a-z])`, 'gi');
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d)`, 'gi');

/** The style most of a text's calendar days are written in; month first (US style) when it writes none or as many each way. */
export function dateStyleOf(text: string): DateStyle {
  const dayFirst = text.match(DAY_FIRST)?.length ?? 0;
  const monthFirst = text.match(MONTH_FIRST)?.length ?? 0;
  return dayFirst > monthFirst ? 'day-first' : 'month-first';
}

const articleStyles = new WeakMap<Article, DateStyle>();

/** {@link dateStyleOf} an article's page, read once per article. */
export function articleDateStyle(article: Article): DateStyle {
  let style = articleStyles.get(article);
  if (!style) {
    // The lines ingest set aside count too: a page's own date line (`Mon 3 Mar 2025`) is written in its style.
    style = dateStyleOf([article.title, ...article.passages.map((p) => p.text), ...article.dropped.map((d) => d.line)].join('\n'));
    articleStyles.set(article, style);
  }
  return style;
}

/** `2019-04-24` as `April 24, 2019` (or `24 April 2019` day first); `2019-04` as `April 2019`. */
export function formatResolved(resolved: string, style: DateStyle = 'month-first'): string {
  const [y, m, d] = resolved.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTH_NAMES[m - 1]} ${y}`;
  return style === 'day-first' ? `${d} ${MONTH_NAMES[m - 1]} ${y}` : `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The answer as shown: the words, and the date they resolve to (in the source's style) when that adds something. */
export function describeDate(phrase: Pick<DatePhrase, 'text' | 'resolved'>, style: DateStyle = 'month-first'): string {
  if (!phrase.resolved) return phrase.text;
  const formatted = formatResolved(phrase.resolved, style);
  const written = squash(phrase.text);
  // `April 25, 2019` already says its day, whichever way its source writes days elsewhere.
  if (written.includes(squash(formatted)) || written.includes(squash(formatResolved(phrase.resolved, style === 'day-first' ? 'month-first' : 'day-first'))))
    return phrase.text;
  return `${phrase.text} (${formatted})`;
}
