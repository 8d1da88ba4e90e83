/**
 * Dates and agencies found in an article's header lines and wire datelines:
 * `| Updated: April 25, 2019 13:44:47`, `VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) – ...`,
 * `SEOUL, April 26 (UPI) -- ...`, `VLADIVOSTOK (Pakistan Point News / Sputnik - 25th April, 2019) ...`,
 * `MOSCOW, April 25 - Sputnik - ...`, `MOSCOW, April 25. /TASS/.`, `VLADIVOSTOK- Agence France-Presse`.
 */
import { agencyNamed } from './agencies.ts';
import { findFullDate, findFullDates, findMonthDay, type MonthDay } from './dates.ts';

export { findFullDate, monthIndex, toIsoDate } from './dates.ts';

/** `Updated`, `Published`, `First published`...: the label of a timestamp, and whether it is the first publication. */
export const TIMESTAMP_LABEL =
  /^[|\s]*(last updated|last modified|first published|updated|published|posted|date|modified|created|released|issued)(?:\s+(?:on|at))?(?:\b|(?=\d))\s*:?/i;

/** A header line that only carries a timestamp: `| Updated: April 25, 2019 13:44:47`, `Published 3 May 2021`. */
export function parseTimestampLine(line: string): string | null {
  return readTimestampLine(line)?.date ?? null;
}

export interface TimestampLine {
  date: string;
  /** True for `Updated`/`Modified`: a later edit, less telling than a publication date. */
  isUpdate: boolean;
}

/**
 * A labelled timestamp line, which may hold both stamps (`Published Thu, Apr 25 2019 ... Updated ...`):
 * the publication date wins.
 */
export function readTimestampLine(line: string): TimestampLine | null {
  const label = TIMESTAMP_LABEL.exec(line);
  if (!label || line.length > 160) return null;
  const published =
    /\b(?:first published|published|posted|released|issued|created)\b\s*(?:on|at)?\s*:?\s*(.*?)(?=\b(?:last updated|updated|modified)\b|$)/i.exec(line);
  const fromPublished = published ? findFullDate(published[1]!) : null;
  if (fromPublished) return { date: fromPublished, isUpdate: false };
  const date = findFullDate(line);
  if (!date) return null;
  return { date, isUpdate: /updated|modified/i.test(label[1]!) };
}

export interface Dateline {
  date: string | null;
  /** Where the story was filed, as written, without its region (`VLADIVOSTOK` of `VLADIVOSTOK, Russia`). */
  place: string;
  /** The wire agency in parentheses, e.g. `BSS/AFP`. */
  agency: string | null;
  /** Where the story proper begins, after the dateline and its dash. */
  end: number;
}

export interface DatelineDetails extends Dateline {
  /** A month and day given with no year (`April 26 (UPI)`). */
  monthDay: MonthDay | null;
  /** The site that carries the wire (`Pakistan Point News` in `(Pakistan Point News / Sputnik - ...)`). */
  publisher: string | null;
  /** The dateline as written, for saying where the metadata came from. */
  text: string;
}

/** Upper-case place, or a capitalised one when a date or agency follows; then an optional region. */
// Letters of any alphabet (`Kaltenbrück`, `MALMÖ`, `São Paulo`): the patterns that embed it take the `u` flag.
const PLACE = String.raw`(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]+){0,2})(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})*`;
const DATE_PART = String.raw`(?:,?\s*(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?))`;
const PAREN_DATELINE = new RegExp(String.raw`^(${PLACE})(${DATE_PART})?\.?\s*\(([^()]{2,80})\)\s*(?:[–—-]{1,2}|:)?\s*`, 'u');
const DASH_DATELINE = new RegExp(String.raw`^(${PLACE})(${DATE_PART})?\s*[–—-]{1,2}\s*([A-Z][\p{L}.&'’ -]{1,40}?)\s*[–—-]{1,2}\s+`, 'u');
/**
 * `WASHINGTON — `, `VANCOUVER, British Columbia - `: an upper-case place (and region, date) and a dash with no
 * credit, then the story's first capitalised word.
 */
const BARE_DATELINE = new RegExp(
  String.raw`^([A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2})*)(${DATE_PART})?\s+[–—-]{1,2}\s+(?=["“‘]?[A-Z])`,
);
/** `NEW DELHI: The government said ...`: an upper-case place and a colon, as Indian and Pakistani dailies open a story. */
const COLON_DATELINE = /^([A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2}):\s+(?=["“‘]?[A-Z][a-z])/;
/** Upper-case labels a page sets before a dash that are not places (`BREAKING - `, `UPDATE — `). */
const LABEL_NOT_PLACE =
  /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|WATCH|LIVE|OPINION|EDITORIAL|FACTBOX|FACT ?CHECK|EXPLAINER|REVIEW|COMMENT|CORRECTION|PHOTOS?|VIDEO|NEW|URGENT|FLASH|ADVISORY|EDITOR'?S NOTE|NOTE)\b/;
const SLASH_DATELINE = new RegExp(String.raw`^(${PLACE})(${DATE_PART})?\.?\s*\/([A-Z][A-Za-z-]{1,15})\/\.?\s*`, 'u');

/**
 * A wire dateline at the start of a lead paragraph: place, optional region and date, then the agency in
 * parentheses, between dashes, or between slashes (TASS); or an upper-case place and a dash with no credit.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const found = readDateline(paragraph);
  if (!found) return null;
  return { date: found.date, place: found.place, agency: found.agency, end: found.end };
}

/** A dateline's place set in upper case (`MERRICK FALLS`), as wires set it. */
const UPPER_CASE_PLACE = /^[A-Z][A-Z.'’-]+\b/;
/** A credit that reads as a name (`Harrier Press`, `Pacific Wire`), not a date or a note. */
const CREDIT_NAME = /^[A-Z][\p{L} &.'’-]{1,40}$/u;

/**
 * The credit in parentheses after an upper-case place that opens a paragraph (`MERRICK FALLS, Dunmore (Harrier
 * Press) —`), whatever it names: a wire we may not know. Null when the paragraph opens otherwise.
 */
export function datelineCredit(paragraph: string): string | null {
  const paren = PAREN_DATELINE.exec(paragraph);
  if (!paren || !UPPER_CASE_PLACE.test(paren[1]!) || !isPlausiblePlace(paren[1]!)) return null;
  const credit = paren[3]!.trim();
  return CREDIT_NAME.test(credit) ? credit : null;
}

/** A lead paragraph's dateline read in full (date or month and day, agency, publisher, its text and end), or null when it opens with none. */
export function readDateline(paragraph: string): DatelineDetails | null {
  const paren = PAREN_DATELINE.exec(paragraph);
  if (paren) {
    const inside = splitCredit(paren[3]!);
    const datePart = paren[2] ?? '';
    const date = findFullDate(datePart) ?? inside.date;
    const monthDay = date ? null : findMonthDay(datePart);
    // A capitalised (not upper-case) place is trusted only with a known wire or a date beside it.
    const upperPlace = UPPER_CASE_PLACE.test(paren[1]!);
    const trusted = upperPlace || datePart !== '' || (inside.agency !== null && agencyNamed(inside.agency.split('/').pop()!) !== null);
    // An upper-case place with a date before a credit is a dateline even when the credit names no wire we know
    // (`ALDER BEND, British Columbia, Oct 13 (Pacific Wire) -`); the credit is then not taken for an agency.
    const unmistakable = upperPlace && datePart !== '' && CREDIT_NAME.test(paren[3]!.trim());
    if ((inside.agency || inside.publisher || unmistakable) && trusted && isPlausiblePlace(paren[1]!)) {
      return { date, monthDay, place: placeOf(paren[1]!), agency: inside.agency, publisher: inside.publisher, end: paren[0].length, text: paren[0].trim() };
    }
  }
  const dash = DASH_DATELINE.exec(paragraph);
  const dashed = dash ?? SLASH_DATELINE.exec(paragraph);
  // A credit between slashes after an upper-case place and a date (`VLADIVOSTOK, April 25. /DALVEST/.`) is a wire's
  // however unknown the wire: the form is a news agency's house style, as a credit in parentheses after a date is.
  const slashed = dash === null && dashed !== null && UPPER_CASE_PLACE.test(dashed[1]!) && (dashed[2] ?? '') !== '';
  // `CASTELL RIDGE, Ore., March 3, 2025 /PRNewswire/ --`: the credit then a double dash is a press-release
  // service's house style; it distributes a company's statement, and is the page's publisher, not a news agency.
  const released = slashed && /^\s*(?:--|—)\s*/.exec(paragraph.slice(dashed[0].length));
  if (released && isPlausiblePlace(dashed[1]!)) {
    const details = datelineOf(dashed, null);
    return { ...details, publisher: dashed[3]!.trim(), end: details.end + released[0].length, text: `${details.text} ${released[0].trim()}` };
  }
  const agency = dashed ? (agencyNamed(dashed[3]!.trim()) ?? (slashed ? dashed[3]!.trim() : null)) : null;
  if (dashed && agency && isPlausiblePlace(dashed[1]!)) return datelineOf(dashed, agency);
  const bare = BARE_DATELINE.exec(paragraph) ?? COLON_DATELINE.exec(paragraph);
  if (bare && !LABEL_NOT_PLACE.test(bare[1]!)) return datelineOf(bare, null);
  return null;
}

/** The details of a dateline matched as place, then date part: the wire it names, if any, and never a site. */
function datelineOf(match: RegExpExecArray, agency: string | null): DatelineDetails {
  const datePart = match[2] ?? '';
  const date = findFullDate(datePart);
  return {
    date,
    monthDay: date ? null : findMonthDay(datePart),
    place: placeOf(match[1]!),
    agency,
    publisher: null,
    end: match[0].length,
    text: match[0].trim(),
  };
}

/** The place a dateline names, without the region after its comma. */
const placeOf = (written: string): string => written.split(',')[0]!.trim();

/** A capitalised place must not be the opening words of a sentence (`The talks (in Moscow)`). */
function isPlausiblePlace(place: string): boolean {
  const first = place.split(/[\s,]+/)[0]!;
  return !/^(?:The|A|An|In|On|At|He|She|It|They|We|This|That|But|And|As|After|When|While|North|South|East|West)$/.test(first) || /^[A-Z.'’-]+$/.test(first);
}

interface CreditParts {
  agency: string | null;
  publisher: string | null;
  date: string | null;
}

/**
 * What a dateline's parentheses credit: `BSS/AFP` (agencies), `Pakistan Point News / Sputnik - 25th April, 2019`
 * (a site, the wire and a date), `Reuters`. A site's name has several words; a bare code is an agency.
 */
function splitCredit(inside: string): CreditParts {
  const dates = findFullDates(inside);
  let rest = inside;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.end);
  rest = rest.replace(/[\s,–—-]+$/, '').replace(/^[\s,–—-]+/, '');
  const parts = rest
    .split(/\s*[/,]\s*|\s+[–—-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const agencies: string[] = [];
  const sites: string[] = [];
  for (const part of parts) {
    // A wire we know as it writes itself (`dpa`, in lower case), or a capitalised name.
    if (!agencyNamed(part) && (!/^[A-Z\p{Lu}]/u.test(part) || part.split(/\s+/).length > 5 || /\d{3,}/.test(part)))
      return { agency: null, publisher: null, date: null };
    if (agencyNamed(part)) agencies.push(part);
    else if (/^[A-Z]{2,6}$/.test(part)) agencies.push(part);
    else sites.push(part);
  }
  const date = dates[0]?.iso ?? null;
  if (!agencies.length && !sites.length) return { agency: null, publisher: null, date };
  // A credit of agencies only is kept as written (`BSS/AFP`); a site beside a wire is the site.
  if (!sites.length) return { agency: agencies.length === 1 ? (agencyNamed(agencies[0]!) ?? agencies[0]!) : agencies.join('/'), publisher: null, date };
  // A lone site must look like one (`Pakistan Point News`, `CNN`), not a caption's `(R)` or `(pictured)`.
  if (!agencies.length)
    return sites.length === 1 && /\b(?:News|Post|Times|Daily|Press|Report|Herald|Tribune|Journal|Agency|Online|TV|Radio|Point)\b/.test(sites[0]!)
      ? { agency: null, publisher: sites[0]!, date }
      : { agency: null, publisher: null, date };
  return { agency: agencies.map((a) => agencyNamed(a) ?? a).join('/'), publisher: sites.join(' / '), date };
}

/** `VLADIVOSTOK- Agence France-Presse`, `MOSCOW (AP)`: a line that is only a place and the agency it came from. */
export function readPlaceAgencyLine(line: string): string | null {
  const m = /^([A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z .'’-]*)?)\s*(?:[–—-]+\s*|\(\s*)([\p{L}.&'’ -]{2,40}?)\s*\)?$/u.exec(line.trim());
  if (!m) return null;
  return agencyNamed(m[2]!.trim());
}
