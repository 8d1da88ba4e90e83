/**
 * Calendar dates as news pages write them: `April 26, 2019`, `Apr. 26 2019`, `25th April, 2019`,
 * `26.04.2019`, `26-04-2019`, `2019-04-26`, `2019.04.26`, `04/26/2019`, and a month and day with no year (`April 26`).
 */
import { MONTHS } from '../shared/lexicon.ts';

const MONTH_ALT = MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|t\\.?|\\.)?`).join('|');
const ORDINAL = '(?:st|nd|rd|th)?';

/** A year ends at a non-digit, or runs into the next date label (`18 Mar 202718 Mar 2027`, two labels glued). */
const YEAR_END = String.raw`(?:(?!\d)|(?=\d{1,2}\s+[A-Za-z]{3}))`;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})${YEAR_END}`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d.,])(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_ALT}),?\\s+(\\d{4})${YEAR_END}`, 'gi');
const ISO_DATE = /\b(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)/g;
/** `26.04.2019`, `26-04-2019`: day first, as everywhere these forms are used. */
const DOTTED_DATE = /(?<![\d.-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?!\d)/g;
/** `2019.04.26`: year first, as East Asian sites print it. */
const YEAR_DOTTED_DATE = /(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g;
/** `04/26/2019` or `26/04/2019`: read only when one of the two numbers cannot be a month. */
const SLASHED_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g;
const MONTH_DAY = new RegExp(`\\b(${MONTH_ALT})\\s+(\\d{1,2})${ORDINAL}\\b(?![,.]?\\s*\\d{4})(?!:)`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_ALT})\\b(?!,?\\s*\\d{4})`, 'gi');

/** 0-based month of a month name or abbreviation (`April`, `apr`, `Sept`), or -1. */
export function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/** `YYYY-MM-DD` for a 0-based month, or null when no such day exists (`February 30`). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Where the date starts and ends in the text. */
  index: number;
  end: number;
}

/** Every full calendar date written in `text`, in reading order. */
export function findFullDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (m: RegExpExecArray, iso: string | null): void => {
    if (iso && !found.some((f) => f.index < m.index + m[0].length && m.index < f.end)) found.push({ iso, index: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m, toIsoDate(Number(m[3]), monthIndex(m[1]!), Number(m[2])));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m, toIsoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1])));
  for (const m of text.matchAll(ISO_DATE)) add(m, toIsoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  for (const m of text.matchAll(DOTTED_DATE)) add(m, toIsoDate(Number(m[4]), Number(m[3]) - 1, Number(m[1])));
  for (const m of text.matchAll(YEAR_DOTTED_DATE)) add(m, toIsoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  for (const m of text.matchAll(SLASHED_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) add(m, toIsoDate(Number(m[3]), b - 1, a));
    else if (b > 12 && a <= 12) add(m, toIsoDate(Number(m[3]), a - 1, b));
  }
  return found.sort((x, y) => x.index - y.index);
}

/** The first full calendar date written in `text`, as `YYYY-MM-DD`. */
export function findFullDate(text: string): string | null {
  return findFullDates(text)[0]?.iso ?? null;
}

export interface MonthDay {
  /** 0-based month. */
  month: number;
  day: number;
  index: number;
  end: number;
}

/** The first month and day written without a year (`April 26`, `26th April`), or null. */
export function findMonthDay(text: string): MonthDay | null {
  const hits: MonthDay[] = [];
  for (const m of text.matchAll(MONTH_DAY)) hits.push({ month: monthIndex(m[1]!), day: Number(m[2]), index: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(DAY_MONTH)) hits.push({ month: monthIndex(m[2]!), day: Number(m[1]), index: m.index, end: m.index + m[0].length });
  const valid = hits.filter((h) => h.day >= 1 && h.day <= 31).sort((a, b) => a.index - b.index);
  return valid[0] ?? null;
}

/** `--04-26`: ISO 8601's form of a month and day whose year is not known. */
export function yearlessIso(month: number, day: number): string {
  return `--${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
