/**
 * Collects an article's metadata as the page states it, from wherever the layout puts it, keeping the first
 * (or most telling) value and saying where it came from. Nothing is guessed: what no line states stays null.
 */
import type { MetadataField, MetadataOrigins } from './types.ts';
import { toIsoDate, type MonthDay, yearlessIso } from './dates.ts';

/** How much a date line tells about the story's own date, best first. */
const DATE_RANKS = {
  'header field': 0,
  'published line': 1,
  dateline: 2,
  'byline date': 3,
  // A bare date between the headline and the story is when it was published; an `Updated` line beside it is later.
  'date line above the story': 4,
  'updated line': 5,
  'source line': 6,
  'date line': 7,
  'date line before the title': 8,
} as const;
export type DateKind = keyof typeof DATE_RANKS;

interface DateCandidate {
  iso: string;
  rank: number;
  origin: string;
}

const quote = (s: string): string => `"${s.length > 70 ? `${s.slice(0, 67)}...` : s}"`;

export class MetadataCollector {
  publisher: string | null = null;
  agency: string | null = null;
  authors: string[] = [];
  /** Authors credited at a wire story's end (`Reporting by`), used when no byline names any. */
  creditedAuthors: string[] = [];
  url: string | null = null;
  readonly origins: MetadataOrigins = {};
  private readonly dates: DateCandidate[] = [];
  private monthDay: { value: MonthDay; origin: string } | null = null;
  /** Years the page states outside any full date (an address, a copyright line), for a dateline with none. */
  private readonly years: { year: number; origin: string }[] = [];

  /** How the publisher was read (`masthead line`, `story credit`...), for the one credit that may replace it. */
  private publisherHow: string | null = null;

  setPublisher(value: string, how: string, line: string): void {
    const name = value.replace(/^[\s|,:–—-]+|[\s|,:–—-]+$/g, '');
    // The story's own credit (`Story by The Coastline Standard`) says who published it; a masthead says only whose
    // page shows it, an aggregator's or a partner's. A wire's credit (`By CONTINENTAL PRESS AGENCY`) says who wrote it.
    const overMasthead =
      (how === 'story credit' && this.publisherHow === 'masthead line' && !/\b(?:agency|wire|service)\b/i.test(name)) ||
      (how === 'copyright line over a section kicker' && this.publisherHow === 'masthead line');
    if ((this.publisher !== null && !overMasthead) || !name) return;
    this.publisher = name;
    this.publisherHow = how;
    this.origins.publisher = `${how} ${quote(line)}`;
  }

  /** The agency read was no wire after all (the site's own name in its dateline): none, and why. */
  withdrawAgency(why: string): void {
    this.agency = null;
    this.origins.agency = why;
  }

  setAgency(value: string, how: string, line: string): void {
    if (this.agency !== null || !value.trim()) return;
    this.agency = value.trim();
    this.origins.agency = `${how} ${quote(line)}`;
  }

  addAuthors(names: readonly string[], how: string, line: string): void {
    const fresh = names.filter((n) => !this.authors.includes(n));
    if (!fresh.length) return;
    this.authors.push(...fresh);
    this.origins.authors ??= `${how} ${quote(line)}`;
  }

  setUrl(value: string, how: string): void {
    if (this.url !== null) return;
    this.url = value;
    this.origins.url = how;
    const m = /\/((?:19|20)\d{2})[/-]\d{1,2}[/-]\d{1,2}\b|\/((?:19|20)\d{2})\/(?:0?[1-9]|1[0-2])\//.exec(value);
    if (m) this.years.push({ year: Number(m[1] ?? m[2]), origin: `the address ${value}` });
  }

  addDate(iso: string | null, kind: DateKind, line: string): void {
    if (!iso) return;
    this.dates.push({ iso, rank: DATE_RANKS[kind], origin: `${kind} ${quote(line)}` });
  }

  addMonthDay(value: MonthDay, line: string): void {
    this.monthDay ??= { value, origin: `dateline ${quote(line)}` };
  }

  addYear(year: number, how: string, line: string): void {
    this.years.push({ year, origin: `${how} ${quote(line)}` });
  }

  /** The best stated date; a month and day without a year take the year the page states elsewhere, if any. */
  resolveDate(): { date: string | null; dateWithoutYear: string | null } {
    const best = [...this.dates].sort((a, b) => a.rank - b.rank)[0];
    if (best) {
      this.origins.date = best.origin;
      return { date: best.iso, dateWithoutYear: null };
    }
    if (!this.monthDay) return { date: null, dateWithoutYear: null };
    const { value, origin } = this.monthDay;
    const year = this.years[0];
    const iso = year ? toIsoDate(year.year, value.month, value.day) : null;
    if (year && iso) {
      this.origins.date = `${origin}, year from ${year.origin}`;
      return { date: iso, dateWithoutYear: null };
    }
    this.origins.date = `${origin}; the page states no year`;
    return { date: null, dateWithoutYear: yearlessIso(value.month, value.day) };
  }

  noteOrigin(field: MetadataField, origin: string): void {
    this.origins[field] ??= origin;
  }
}
