/** Lines that are only a date and time, as pages print them: `Thursday 25 April 2019 at 7:22am`, `Mar. 19 07:10 pm JST`. */
import { findFullDate, findFullDates, findMonthDay, type MonthDay } from './dates.ts';
import { alternation, MONTHS, WEEKDAYS } from '../shared/lexicon.ts';

const WEEKDAY_MONTH_TIME = new RegExp(
  String.raw`\b(?:${alternation(WEEKDAYS)}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|${alternation(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|utc|gmt|bst|cet|cest|est|edt|pst|pdt|ist|kst|jst|msk|hkt|sgt|aest|aedt|et|ct|mt|pt|am|pm|a\.m|p\.m|hrs|uhr|at|on|local time|[a-z]{2,4}t)\b`,
  'gi',
);

/** A line that is only a date and time (`Thursday 25 April 2019 at 7:22am`, `2019-04-25 10:00 GMT`). */
export function dateOnlyLine(block: string): string | null {
  if (block.length > 70) return null;
  const dates = findFullDates(block);
  if (!dates.length) return null;
  let rest = block;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.end);
  rest = rest
    // `2019-04-24T11:48:05Z`: an ISO 8601 time after its date.
    .replace(/^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?=\s|$)/, '')
    .replace(/(\d)(?=\p{L})/gu, '$1 ')
    .replace(/\b(?:updated|published|posted|first published|last updated)\b(?:\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)?/gi, '')
    .replace(WEEKDAY_MONTH_TIME, '')
    .replace(/\(?(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::\d{2})?\)?/gi, '');
  if (!/\p{L}/u.test(rest)) return dates[0]!.iso;
  // `Feb 26, 2025 - Energy & Environment`: a date and the section it is filed in.
  const [first, section, ...more] = block.split(/\s+[-–—|·]\s+/);
  if (more.length || section === undefined || /[.!?]$/.test(section) || section.split(/\s+/).length > 4) return null;
  return dateOnlyLine(first!);
}

/** `Mar. 19 07:10 pm JST`: a date line that gives a month and day but no year. */
export function yearlessDateLine(block: string): MonthDay | null {
  if (block.length > 50 || findFullDate(block)) return null;
  const md = findMonthDay(block);
  if (!md) return null;
  const rest = (block.slice(0, md.index) + block.slice(md.end)).replace(WEEKDAY_MONTH_TIME, '').replace(/\d{1,2}[:.]\d{2}/g, '');
  return /\p{L}/u.test(rest) ? null : md;
}
