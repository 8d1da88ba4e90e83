/**
 * Dates and agencies found in an article's header lines:
 * `| Updated: April 25, 2019 13:44:47` or `VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) – ...`.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|');

const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ALT})\\s+(\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

export function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

export function toIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** The first full calendar date written in `text`, as `YYYY-MM-DD`. */
export function findFullDate(text: string): string | null {
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return toIsoDate(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return toIsoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = ISO_DATE.exec(text);
  if (m) return toIsoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return null;
}

/** A header line that only carries a timestamp: `| Updated: April 25, 2019 13:44:47`, `Published 3 May 2021`. */
export function parseTimestampLine(line: string): string | null {
  if (!/^[|\s]*(updated|published|posted|last updated|first published|date)\b[:\s]/i.test(line)) return null;
  return findFullDate(line);
}

export interface Dateline {
  date: string | null;
  /** The wire agency in parentheses, e.g. `BSS/AFP`. */
  agency: string | null;
  /** Where the story proper begins, after the dateline and its dash. */
  end: number;
}

/**
 * A wire dateline at the start of a lead paragraph: upper-case place, optional
 * region, optional date, optional `(AGENCY)`, then a dash.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const m = /^([A-Z][A-Z .'-]{2,})(?:,\s*[A-Z][A-Za-z .'-]*?)*(?:,\s*([^()–—-]*?\d{4}))?\s*(?:\(([^)]{2,40})\))?\s*[–—-]\s/.exec(paragraph);
  if (!m) return null;
  const date = m[2] ? findFullDate(m[2]) : null;
  const agency = m[3]?.trim() ?? null;
  if (!date && !agency) return null;
  return { date, agency, end: m[0].length };
}
