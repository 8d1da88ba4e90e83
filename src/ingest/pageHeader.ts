/**
 * The top of a saved page: the site's name (a masthead, alone or inside a menu), breadcrumbs, a headline's
 * site suffix, and the authors' names stacked under the headline.
 */
import { agencyNamed } from './agencies.ts';
import { isPersonName } from './byline.ts';
import { dateOnlyLine } from './dateLines.ts';
import { findFullDate } from './dates.ts';
import { furnitureReason, isJobTitle } from './furniture.ts';
import { readTimestampLine } from './parseDateline.ts';
import { wordCount } from './proseShape.ts';
import type { ReadState } from './readMetadataLines.ts';
import { NEWS_NAME } from './newsNames.ts';
import { oneOf } from '../shared/lexicon.ts';

/** Words that make a section's name (`International News`, `World News`), not a publication's. */
export const SECTION_WORDS = new RegExp(
  String.raw`^(?:${oneOf`
  international|world|local|national|regional|business|latest|top|breaking|sports?|politics|political|asia
  europe|africa|americas|middle|east|us|uk|india|china|tech|science|health|entertainment|news|more|all|city
  state|general|daily|today's|today|tv|guide|radio|live|watch|video|weather|podcasts
`})$`,
  'i',
);

/** A line that names the publication (`The Financial Express`, `7NEWS.com.au`, `ITV News`) rather than the story. */
export function looksLikeMasthead(block: string, next: string | undefined, afterNext?: string): boolean {
  if (next === undefined || /[.!?"”]$/.test(next)) return false;
  const words = block.split(/\s+/);
  const isDomain = /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(block);
  // What follows a masthead is the headline; a byline or date follows the headline itself, unless the site's own
  // bar follows that date (`The Continental Standard` / `Thursday 25 April 2019` / `Subscribe  Log in  Search`).
  const dated = readTimestampLine(next) !== null || dateOnlyLine(next) !== null;
  const siteBar = dated && afterNext !== undefined && furnitureReason(afterNext) !== null && NEWS_NAME.test(block);
  if (!isDomain && words.length > 1 && (/^by\s/i.test(next) || (dated && !siteBar))) return false;
  if (words.length > 1 && words.every((w) => SECTION_WORDS.test(w))) return false;
  if (words.length > 5 || /[.!?:,;]$/.test(block) || findFullDate(block)) return false;
  if (/^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(block)) return true;
  if (!words.every((w) => /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*|of|the|and|&|de|du|la|le|el)$/u.test(w))) return false;
  if (words.length === 1 || agencyNamed(block)) return true;
  if (NEWS_NAME.test(block)) return true;
  // A name set in capitals over a headline in ordinary case: `THE COQUILL VALLEY LEDGER`.
  if (!/\p{Ll}/u.test(block) && /\p{Ll}/u.test(next) && next.split(/\s+/).length > words.length) return true;
  return words.length <= 3 && words.some((w) => /^[\dA-Z]*[A-Z]{2,}[\dA-Z]*$/.test(w));
}

/** `Headline | Publisher`, `Headline - BBC News`: a page title's site suffix. */
export function splitTitleSuffix(title: string): { title: string; site: string | null } {
  const m = /^(.{12,}?\S)\s+[|–—-]\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return { title, site: null };
  const site = m[2]!.trim();
  const isSite =
    agencyNamed(site) !== null ||
    /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(site) ||
    (site.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(site) && (NEWS_NAME.test(site) || /^[\dA-Z]{2,}(?:\s|$)/.test(site)));
  return isSite ? { title: m[1]!, site } : { title, site: null };
}

/** `Home » World » Headline`, `National > Politics`: a breadcrumb trail, and the headline at its end if any. */
export function readBreadcrumb(block: string): { trail: string; last: string } | null {
  const parts = block
    .split(/\s+[>»›]\s+|\s*[>»›]\s*(?=[A-Z])/)
    .map((p) => p.trim())
    .filter(Boolean);
  // `Home / News / Wales`: a slash trail needs three short steps, as a headline may hold one ` / `.
  const slashed = block.split(/\s+\/\s+/);
  if (parts.length < 2 && slashed.length >= 3 && slashed.every((p) => p.split(/\s+/).length <= 3 && !/[.!?]$/.test(p)))
    return { trail: slashed.slice(0, -1).join(' > '), last: slashed.at(-1)! };
  if (parts.length < 2 || parts.slice(0, -1).some((p) => p.split(/\s+/).length > 3)) return null;
  return { trail: parts.slice(0, -1).join(' > '), last: parts.at(-1)! };
}

/** `The Guardian - Back to home`, `Reuters home`: a masthead link's words around the site's name. */
export function mastheadName(block: string): string {
  return block.replace(/\s*(?:[-–—|]\s*)?(?:back to )?home(?:page)?$/i, '').trim();
}

/** A masthead inside a menu: the site's name among the menu entries (`The Korea Herald`, `UAWire`). */
export function mastheadInMenu(lines: readonly string[], isPageTop: boolean, timesNamed: (name: string) => number = () => 1): string | null {
  for (const [i, line] of lines.entries()) {
    const name = mastheadName(line);
    if (!name || furnitureReason(name)) continue;
    const words = name.split(/\s+/);
    if (/^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(name) || agencyNamed(name)) return name;
    if (
      words.length >= 2 &&
      words.length <= 5 &&
      NEWS_NAME.test(name) &&
      !words.every((w) => SECTION_WORDS.test(w)) &&
      words.every((w) => /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*|of|the|and|&)$/u.test(w))
    )
      return name;
    // `The Evening Compass`: a name with its article, every word capitalised, is a publication's; menu entries
    // name sections and actions (`Get the app`), not things with `The`.
    if (words.length >= 3 && words.length <= 5 && words[0] === 'The' && words.every((w) => /^[\p{Lu}][\p{L}&'’.-]*$/u.test(w))) return name;
    // The page's very first word, alone on its line (`moneycontrol`, `UAWire`), is the site's name; so is a short
    // capitalised name opening the page over its menu (`Far East Notes` / `Subscribe` / `Sign in`).
    if (i === 0 && isPageTop && words.length === 1 && /\p{L}{3}/u.test(name)) return name;
    if (
      i === 0 &&
      isPageTop &&
      words.length >= 2 &&
      words.length <= 4 &&
      words.every((w) => /^(?:[\p{Lu}][\p{L}&'’.-]*|of|the|and|&)$/u.test(w)) &&
      !words.every((w) => SECTION_WORDS.test(w)) &&
      // `Port Caddon Live` holds a menu word, but a name the page repeats in its credits and promos is the site's.
      (!words.some((w) => MENU_WORD.test(w)) || timesNamed(name) >= 3)
    )
      return name;
  }
  return null;
}

/** Menu words that name a section, never a publication. */
export const MENU_WORD = /^(?:home|news|world|politics|business|sport|sports|opinion|video|live|latest|national|local|markets|tech|economy)$/i;

/** Records a masthead name as the publisher, and as a candidate agency when it is a wire's own site. */
export function readMasthead(name: string, line: string, state: ReadState): void {
  state.meta.setPublisher(name, 'masthead line', line);
  // A wire's own site (`UPI`, `Reuters`) may carry another wire's story: its name is the agency only if no credit says otherwise.
  const wire = agencyNamed(name);
  if (wire) state.mastheadWire ??= { value: wire, line };
}

/** Names stacked with roles under the headline (`Hannah Cho` / `BBC News, Busan` / `and` / `Tom Ellery`). */
export function readNamesInMenu(lines: readonly string[], before: string | undefined, state: ReadState): void {
  const names: string[] = [];
  for (const [i, line] of lines.entries()) {
    // `Priya Castellanos, Owen Marsh`: several writers on one line.
    const people = namesOnLine(line);
    if (!people) continue;
    const around = [i === 0 ? before : lines[i - 1], lines[i + 1]].filter((l): l is string => l !== undefined);
    if (around.some((l) => /^(?:and|&)$/i.test(l) || isRoleLine(l) || isBylineNeighbour(l))) names.push(...people);
  }
  if (names.length) state.meta.addAuthors(names, 'byline', lines.join(' / '));
}

/** `BBC News, Busan`, `Tokyo correspondent`, `Senior reporter`: what a byline says a person is. */
function isRoleLine(line: string): boolean {
  return (
    line.split(/\s+/).length <= 5 &&
    /\b(?:correspondent|editor|reporter|writer|journalist|producer|presenter|analyst|columnist|staff|news|bureau|desk)\b/i.test(line)
  );
}

/**
 * A name alone on a line under the headline, beside a date, byline or share line (`Clara Ng`,
 * `Helen Park (now) and Daniel Okafor (earlier)`): the story's authors.
 */
export function isNameNextToMetadata(blocks: readonly string[], i: number, state: ReadState): boolean {
  const block = blocks[i]!;
  if (furnitureReason(block)) return false;
  const names = namesOnLine(block);
  if (!names) return false;
  const byline = { authors: names };
  const around = [blocks[i - 1], blocks[i + 1]].filter((b): b is string => b !== undefined);
  const besideMetadata = around.some(isBylineNeighbour) || bylineSiteBelow(blocks, i) !== null;
  if (!besideMetadata) return false;
  state.meta.addAuthors(byline.authors, 'byline', block);
  return true;
}

/** `Owen Caskie` / `Tidewater Herald` / `Published ...`: the site a byline's writer writes for, on the line under the name and over the date. */
export function bylineSiteBelow(blocks: readonly string[], i: number): string | null {
  const site = blocks[i + 1];
  const next = blocks[i + 2];
  return site !== undefined && next !== undefined && wordCount(site) <= 5 && NEWS_NAME.test(site) && isBylineNeighbour(next) ? site : null;
}

/** A line of only names, up to four (`Clara Ng`, `Priya Castellanos, Owen Marsh`, `Helen Park (now) and Daniel Okafor (earlier)`). */
function namesOnLine(line: string): string[] | null {
  // `Follow Us`, `Sign In`: two capitalised words of a page's buttons, not a name.
  if (furnitureReason(line)) return null;
  const names = line
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length && names.length <= 4 && names.every(isPersonName) ? names : null;
}

/** What sits next to a byline: a timestamp, a share button, the reading time (a reader view's `5–6 minutes`) or the author's role. */
function isBylineNeighbour(b: string): boolean {
  const furniture = furnitureReason(b)?.why;
  return (
    readTimestampLine(b) !== null ||
    dateOnlyLine(b) !== null ||
    furniture === 'share line' ||
    furniture === 'reading time' ||
    /^(?:share|save)$/i.test(b.trim()) ||
    isJobTitle(b)
  );
}
