/**
 * Turns one article's raw text into its title, publisher, agency, authors, date and numbered paragraphs,
 * recording every line it drops and why. Every rule here is about the shape of news pages, never about a
 * particular story or site.
 */
import type { Article, DroppedLine, Passage, SourceOverride } from './types.ts';
import { readDateline, readPlaceAgencyLine, readTimestampLine } from './parseDateline.ts';
import { findFullDate, findFullDates, findMonthDay, type MonthDay } from './dates.ts';
import { agenciesIn, agencyNamed } from './agencies.ts';
import { type Byline, isPersonName, readByline, readReportingCredit } from './byline.ts';
import { furnitureReason, isMenuItem, isPhotoCredit, isTimeOnly, VIDEO_CREDIT_TAIL, withoutSocialWords } from './furniture.ts';
import { MetadataCollector } from './metadata.ts';

/**
 * Blank-line separated blocks. A hard-wrapped block is one paragraph (its lines joined); a block whose
 * lines are whole paragraphs (a layout with no blank lines between them) gives one block per line.
 */
export function splitBlocks(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .flatMap((block) => {
      const lines = block.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean);
      // A header of `Key: value` lines is one field a line, however short.
      if (lines.length > 1 && lines.every((l) => META_LINE.test(l))) return lines;
      // A headline repeated right under itself is two lines, not one wrapped sentence.
      if (lines.some((l, i) => i > 0 && l === lines[i - 1])) return lines;
      // A photo credit over or under its caption: one caption block, dropped whole.
      if (isCreditedCaption(lines)) return [lines.join('\n')];
      // A byline, date or credit under a headline or over a story is its own line, never wrapped text.
      if (lines.length > 1 && lines.some(standsAlone)) return lines;
      return isHardWrapped(lines) ? [joinWrappedLines(lines)] : lines;
    })
    .filter((block) => block.length > 0);
}

/** `Title: ...`, `Source: Reuters`, `Date: 2023-10-14`: a metadata field of an article's header. */
const META_LINE = /^(title|headline|source|sources|publisher|publication|outlet|date|published|updated|author|authors|byline|by|url|link|editor|agency)\s*:\s*(.+)$/i;

/** `Getty Images` + `President Han (right) welcomed ...`, or a caption + `Pool | Getty Images`. */
function isCreditedCaption(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > 4) return false;
  const credit = isPhotoCredit(lines[0]!) ? 0 : isPhotoCredit(lines.at(-1)!) ? lines.length - 1 : -1;
  if (credit < 0) return false;
  const others = lines.filter((_, i) => i !== credit);
  return others.every((l) => l.split(/\s+/).length >= 4 && !/^by\s/i.test(l) && readTimestampLine(l) === null && dateOnlyLine(l) === null && readByline(l) === null);
}

/** A line that is metadata or furniture by itself: a byline, a date, a wire credit, a site's name. */
function standsAlone(line: string): boolean {
  return (
    readTimestampLine(line) !== null ||
    dateOnlyLine(line) !== null ||
    agencyOnlyLine(line) !== null ||
    (/^by\s/i.test(line) && readByline(line) !== null) ||
    /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(line) ||
    (line.split(/\s+/).length <= 12 && furnitureReason(line) !== null)
  );
}

/**
 * Wrapped text breaks at a fixed width, mostly mid-sentence; a paragraph per line is often longer than any
 * wrap width and ends its sentences at the line's end.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return true;
  if (Math.max(...lines.map((l) => l.length)) > 120) return false;
  // Text wraps near a fixed width: a short line above a capitalised one is a line of its own.
  if (lines.slice(0, -1).some((l, i) => l.length < 40 && !/[-,]$/.test(l) && /^[\p{Lu}\d]/u.test(lines[i + 1]!))) return false;
  // Short lines one under another are a menu or a list, not a wrapped paragraph.
  if (lines.length >= 3 && lines.filter((l) => l.split(/\s+/).length <= 4).length >= lines.length * 0.6) return false;
  const inner = lines.slice(0, -1);
  const ended = inner.filter((l) => /[.!?]["”’)]?$/.test(l)).length;
  return ended / inner.length < 0.5;
}

function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    // `then-` + `president` is one word; `stand-` + `off` too.
    else if (/\p{L}-$/u.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/** A wire slug before a headline: `BFF-08, 09 `, `AM-Korea-Russia `. */
export function stripWireSlug(line: string): string {
  return line.replace(/^[A-Z]{2,}(?:-[A-Z0-9]+)+(?:,\s*\d+)*\s+(?=\S)/, '').trim();
}

/** `By Jane Doe`, `By Jane Doe and John Roe, Reuters`: who wrote it, not what it says. */
const BYLINE = /^by\s+[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|and|&|de|van|von))*(?:\s*[,|–—-]\s*[\p{L} .&'’-]{1,40})?$/iu;
const WIRE_MARKER = /^(?:\(?END\)?|MORE|-30-|#{3}|(?:[A-Z]{2,}\/\s*)+\d{3,4}\s*(?:hrs|GMT)?)$/;
const SHARE_LINE = /^(?:share (?:if you like|this(?: article| story)?|on \w+)|click (?:here )?to share.*|advertisement)$/i;

/** Text that is never article content, or null for a block to keep (possibly trimmed). */
export function stripBoilerplate(block: string): string | null {
  if (WIRE_MARKER.test(block) || SHARE_LINE.test(block) || (BYLINE.test(block) && block.split(/\s+/).length <= 12)) return null;
  let text = block.replace(VIDEO_CREDIT_TAIL, '').trim();
  text = text.replace(/\s*Share if you like$/i, '').trim();
  if (/^(?:Video|Photo|Image|Picture|Credit|Source)s?:/.test(text) && text.split(/\s+/).length <= 6) return null;
  return text || null;
}

/** The heading text if the block is a section heading rather than a paragraph. */
export function headingText(block: string): string | null {
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/.exec(block);
  if (markdown) return markdown[1]!;
  const dashed = /^[–—-]+\s*(.+?)\s*[–—-]+$/.exec(block);
  if (dashed && dashed[1]!.split(/\s+/).length <= 10) return dashed[1]!;
  const words = block.split(/\s+/).length;
  if (/^["“]/.test(block)) return null;
  if (block.endsWith('?') && words <= 12) return block;
  if (words <= 8 && !/[.!:;,"”’)]$/.test(block)) return block;
  return null;
}

const WEEKDAY_MONTH_TIME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|utc|gmt|bst|cet|cest|est|edt|pst|pdt|ist|kst|jst|msk|hkt|sgt|aest|aedt|am|pm|a\.m|p\.m|hrs|at|on|local time|[a-z]{2,4}t)\b/gi;

/** A line that is only a date and time (`Thursday 25 April 2019 at 7:22am`, `2019-04-25 10:00 GMT`). */
function dateOnlyLine(block: string): string | null {
  if (block.length > 70) return null;
  const dates = findFullDates(block);
  if (!dates.length) return null;
  let rest = block;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.end);
  rest = rest
    .replace(/(\d)(?=\p{L})/gu, '$1 ')
    .replace(/\b(?:updated|published|posted|first published|last updated)\b(?:\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)?/gi, '')
    .replace(WEEKDAY_MONTH_TIME, '')
    .replace(/\(?(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::\d{2})?\)?/gi, '');
  return /\p{L}/u.test(rest) ? null : dates[0]!.iso;
}

function looksLikeParagraph(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words > 30 || (words > 15 && /[.!?]["”’)]?$/.test(block));
}

/** Story text rather than a link or a label: a sentence that ends as one. */
function looksLikeStorySentence(block: string): boolean {
  return block.split(/\s+/).length >= 10 && /[.!?]["”’)]?$/.test(block);
}

/** The first sentence, cut at a word to at most 100 characters. */
function headlineFrom(paragraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= 100) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', 99))}…`;
}

const NEWS_NAME = /\b(?:News|Times|Post|Daily|Express|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Mail|Star|Chronicle|Observer|Standard|Report|Today|Press|Agency|Wire|Point|Media|Network|Online|Insider|Independent|Sun|Mirror|Globe|Review|Monitor|Dispatch|Courier|Times|Weekly|TV|Radio|Channel)\b|\bnews\d*\b/i;

/** A line that names the publication (`The Financial Express`, `7NEWS.com.au`, `ITV News`) rather than the story. */
/** Words that make a section's name (`International News`, `World News`), not a publication's. */
const SECTION_WORDS = /^(?:international|world|local|national|regional|business|latest|top|breaking|sports?|politics|political|asia|europe|africa|americas|middle|east|us|uk|india|china|tech|science|health|entertainment|news|more|all|city|state|general|daily|today's|today)$/i;

function looksLikeMasthead(block: string, next: string | undefined): boolean {
  if (next === undefined || /[.!?"”]$/.test(next)) return false;
  const words = block.split(/\s+/);
  const isDomain = /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(block);
  // What follows a masthead is the headline; a byline or date follows the headline itself.
  if (!isDomain && words.length > 1 && (/^by\s/i.test(next) || readTimestampLine(next) !== null || dateOnlyLine(next) !== null)) return false;
  if (words.length > 1 && words.every((w) => SECTION_WORDS.test(w))) return false;
  if (words.length > 5 || /[.!?:,;]$/.test(block) || findFullDate(block)) return false;
  if (/^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(block)) return true;
  if (!words.every((w) => /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*|of|the|and|&|de|du|la|le|el)$/u.test(w))) return false;
  if (words.length === 1 || agencyNamed(block)) return true;
  if (NEWS_NAME.test(block)) return true;
  return words.length <= 3 && words.some((w) => /^[\dA-Z]*[A-Z]{2,}[\dA-Z]*$/.test(w));
}

/** `Headline | Publisher`, `Headline - BBC News`: a page title's site suffix. */
function splitTitleSuffix(title: string): { title: string; site: string | null } {
  const m = /^(.{12,}?\S)\s+[|–—-]\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return { title, site: null };
  const site = m[2]!.trim();
  const isSite = agencyNamed(site) !== null || /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(site) || (site.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(site) && (NEWS_NAME.test(site) || /^[\dA-Z]{2,}(?:\s|$)/.test(site)));
  return isSite ? { title: m[1]!, site } : { title, site: null };
}

const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A credit line that only names the wire: `AFP`, `— Reuters`, `(AP)`, `Agence France-Presse`. */
function agencyOnlyLine(block: string): string | null {
  const bare = block.replace(/^[\s([–—-]+|[\s)\].–—-]+$/g, '').trim();
  return bare.split(/\s+/).length <= 4 ? agencyNamed(bare) : null;
}

/** A copyright line's owner: `© 2019 Thomson Reuters` → agency Reuters; `© 2019 CNBC LLC` → the site CNBC. */
function copyrightOwner(block: string): { agency: string | null; owner: string | null; year: number | null } {
  const year = /\b((?:19|20)\d{2})\b/.exec(block);
  const agency = agenciesIn(block)[0] ?? null;
  // The owner is named first: `© 2019 CNBC LLC. All Rights Reserved. A Division of ...`.
  const name = (block.split(/\.\s+|\s+\|\s+/)[0] ?? block)
    .replace(/\s+(?:or|and)\s+its\s+affiliat.*$/i, '')
    .replace(/©|\(c\)|copyright|all rights reserved\.?|\bby\b|\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b|\b(?:LLC|Ltd|Limited|Inc|Corp|PLC|GmbH|Pvt|Co)\b\.?|,/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.|]+|[\s.|]+$/g, '');
  const owner = name && name.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(name) ? name : null;
  return { agency, owner, year: year ? Number(year[1]) : null };
}

interface ReadState {
  meta: MetadataCollector;
  dropped: DroppedLine[];
  /** A copyright owner that is not a wire: the site, when nothing better names one. */
  copyrightSite: { value: string; line: string } | null;
  /** Wires named in copyright lines: the story's agency, or (another wire than the story's) the site. */
  copyrightWires: { value: string; line: string }[];
  /** The `Reporting by` line, where authors come from when no byline names any. */
  creditLine: string | null;
  /** The credit as a lead's dateline writes it (`BSS/AFP`), used as publisher when no site is named. */
  leadCredit: string | null;
  /** A masthead that is a wire's name: the agency when no dateline, byline or credit names one. */
  mastheadWire: { value: string; line: string } | null;
}

/** A header-ish line split at `|` (`By Yonhap News Agency | Updated April 26, 2019`): each field read as metadata. */
function readMetaFields(block: string, state: ReadState, beforeTitle: boolean): boolean {
  const fields = block.split(/\s*\|\s*/).map((f) => f.trim()).filter(Boolean);
  if (!fields.length) return false;
  const readers: (() => void)[] = [];
  for (const field of fields) {
    const reader = metaFieldReader(field, block, state, beforeTitle);
    if (!reader) return false;
    readers.push(reader);
  }
  for (const read of readers) read();
  return true;
}

/** How to read one metadata field, or null when the text is not one. */
function metaFieldReader(field: string, line: string, state: ReadState, beforeTitle: boolean): (() => void) | null {
  const { meta } = state;
  const stamp = readTimestampLine(field);
  if (stamp) return () => meta.addDate(stamp.date, stamp.isUpdate ? 'updated line' : 'published line', line);
  const bareDate = dateOnlyLine(field);
  if (bareDate) return () => meta.addDate(bareDate, beforeTitle ? 'date line before the title' : 'date line', line);
  if (/^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$/i.test(field)) return () => undefined;
  // `Reuters|Published`: a label whose date the page left out.
  if (/^(?:published|updated|posted|last updated|first published)\s*:?$/i.test(field)) return () => undefined;
  const field2 = META_LINE.exec(field);
  if (field2) {
    const key = field2[1]!.toLowerCase();
    const value = field2[2]!.trim();
    if (key === 'source' || key === 'sources' || key === 'agency' || key === 'publisher' || key === 'publication' || key === 'outlet') {
      return () => {
        const date = findFullDate(value);
        if (date) meta.addDate(date, 'source line', line);
        const wire = agencyNamed(value) ?? (key === 'source' || key === 'sources' || key === 'agency' ? agenciesIn(value)[0] ?? null : null);
        if (wire) meta.setAgency(wire, `${key} line`, line);
        else if (!/^https?:/i.test(value)) {
          const site = value.replace(/\s*(?:,|and|&|with)\s+(?:news\s+)?(?:agencies|wires|wire services)\.?$/i, '').trim();
          if (site && site.split(/\s+/).length <= 6) meta.setPublisher(site, `${key} line`, line);
        }
      };
    }
    if (key === 'date' || key === 'published' || key === 'updated') return () => meta.addDate(findFullDate(value), key === 'updated' ? 'updated line' : 'published line', line);
    if (key === 'author' || key === 'authors' || key === 'byline' || key === 'by') {
      const byline = readByline(`By ${value}`);
      return () => {
        if (byline) applyByline(byline, line, state);
      };
    }
    if (key === 'url' || key === 'link') return () => meta.setUrl(value, `url line "${line}"`);
    if (key === 'editor') return () => undefined;
    return null;
  }
  const byline = readByline(field);
  if (byline) return () => applyByline(byline, line, state);
  const wire = agencyOnlyLine(field);
  if (wire) return () => meta.setAgency(wire, 'agency credit', line);
  return null;
}

function applyByline(byline: Byline, line: string, state: ReadState): void {
  state.meta.addAuthors(byline.authors, 'byline', line);
  if (byline.agency) state.meta.setAgency(byline.agency, 'byline', line);
  if (byline.publisher) state.meta.setPublisher(byline.publisher, 'byline', line);
}

/** Reads a line that only carries metadata (byline, timestamp, agency credit, source), and says why it goes; null when it is something else. */
function readMetadataLine(block: string, state: ReadState, beforeTitle: boolean): string | null {
  const { meta } = state;
  // Metadata lines are short; a paragraph of story is never one.
  if (block.length > 240) return null;
  // `By Yonhap News Agency | Updated April 26, 2019`: field by field first, so the date is kept too.
  if (block.includes('|') && block.length <= 200 && readMetaFields(block, state, beforeTitle)) return 'metadata line (byline, date or source)';
  const byline = readByline(block);
  if (byline) {
    applyByline(byline, block, state);
    return 'byline';
  }
  if (block.length <= 200 && readMetaFields(block, state, beforeTitle)) return 'metadata line (byline, date or source)';
  const placeAgency = readPlaceAgencyLine(block);
  if (placeAgency) {
    meta.setAgency(placeAgency, 'agency line', block);
    return 'agency line';
  }
  // `Reuters @site Whatsapp`: a wire credit among share buttons.
  if (block.length > 80) return null;
  const social = withoutSocialWords(block);
  if (social.hadSocial && social.rest) {
    const wire = agencyNamed(social.rest) ?? readByline(social.rest)?.agency ?? null;
    if (wire) {
      meta.setAgency(wire, 'credit line', block);
      return 'share line (wire credit kept as agency)';
    }
  }
  return null;
}

/** Records a furniture line's side information (a wire named in a credit or copyright line) and its reason. */
function readFurnitureMetadata(block: string, why: string, state: ReadState): void {
  const { meta } = state;
  if (why === 'copyright line') {
    const owner = copyrightOwner(block);
    if (owner.year) meta.addYear(owner.year, 'copyright line', block);
    // A wire's copyright is the wire's story; any other owner is the site, when nothing better names one.
    if (owner.agency) state.copyrightWires.push({ value: owner.agency, line: block });
    else if (owner.owner) state.copyrightSite ??= { value: owner.owner, line: block };
  } else if (why === 'syndication note') {
    const wire = agenciesIn(block).at(-1);
    if (wire) meta.setAgency(wire, 'syndication note', block);
  } else if (why === 'reporting credit') {
    for (const name of readReportingCredit(block)) if (!meta.creditedAuthors.includes(name)) meta.creditedAuthors.push(name);
    state.creditLine ??= block;
  }
}

/** `Home » World » Headline`, `National > Politics`: a breadcrumb trail, and the headline at its end if any. */
function readBreadcrumb(block: string): { trail: string; last: string } | null {
  const parts = block.split(/\s+[>»›]\s+|\s*[>»›]\s*(?=[A-Z])/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.slice(0, -1).some((p) => p.split(/\s+/).length > 3)) return null;
  return { trail: parts.slice(0, -1).join(' > '), last: parts.at(-1)! };
}

/** `The Guardian - Back to home`, `Reuters home`: a masthead link's words around the site's name. */
function mastheadName(block: string): string {
  return block.replace(/\s*(?:[-–—|]\s*)?(?:back to )?home(?:page)?$/i, '').trim();
}

/** A masthead inside a menu: the site's name among the menu entries (`The Korea Herald`, `UAWire`). */
function mastheadInMenu(lines: readonly string[], isPageTop: boolean): string | null {
  for (const [i, line] of lines.entries()) {
    const name = mastheadName(line);
    if (!name || furnitureReason(name)) continue;
    const words = name.split(/\s+/);
    if (/^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(name) || agencyNamed(name)) return name;
    if (words.length >= 2 && words.length <= 5 && NEWS_NAME.test(name) && !words.every((w) => SECTION_WORDS.test(w)) && words.every((w) => /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*|of|the|and|&)$/u.test(w))) return name;
    // The page's very first word, alone on its line (`moneycontrol`, `UAWire`), is the site's name.
    if (i === 0 && isPageTop && words.length === 1 && /\p{L}{3}/u.test(name)) return name;
  }
  return null;
}

/** `Kathmandu, Nepal`: a dateline on a line of its own, with no agency or date. */
const PLACE_LINE = /^[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+)?,\s*[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+)?$/u;
/** `Key Points`, `Highlights`: a summary list above the story, not part of it. */
const SUMMARY_HEADER = /^(?:key points|highlights|key takeaways|takeaways|in brief|at a glance|summary|the big picture|story highlights|what you need to know)\s*:?$/i;
/** `Login to comment`, `5 Comments`: where readers' comments begin. */
const COMMENTS_HEADER = /^(?:log ?in to (?:comment|leave a comment)|leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?|reader comments|join the (?:conversation|discussion)|show comments|view comments)\s*:?$/i;

export function cleanArticle(source: string, raw: string, override: SourceOverride = {}): Article {
  const blocks = splitBlocks(raw);
  const meta = new MetadataCollector();
  const state: ReadState = { meta, dropped: [], copyrightSite: null, copyrightWires: [], creditLine: null, leadCredit: null, mastheadWire: null };
  const drop = (line: string, why: string): void => {
    state.dropped.push({ line, why });
  };

  // A bare address (`https://...`, `Source: https://...`) is where the article was found, never its text.
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const m = /^(?:(?:source|url|link|from)\s*:\s*)?<?(https?:\/\/\S+?)>?$/i.exec(blocks[i]!);
    if (!m) continue;
    meta.setUrl(m[1]!, `address line "${m[1]!}"`);
    blocks.splice(i, 1);
  }
  // Header fields at the top: what they name is metadata, never the story.
  let headline: string | null = null;
  while (blocks.length > 1) {
    const m = META_LINE.exec(blocks[0]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'title' || key === 'headline') {
      headline ??= value;
      meta.noteOrigin('title', `header field "${blocks[0]!}"`);
    } else if (key === 'date' || key === 'published' || key === 'updated') meta.addDate(findFullDate(value), 'header field', blocks[0]!);
    else if (key === 'url' || key === 'link') meta.setUrl(value, `header field "${blocks[0]!}"`);
    else readMetaFields(blocks[0]!, state, true);
    blocks.shift();
  }
  if (headline) blocks.unshift(headline);

  // Before the headline: menus, mastheads, dates and bylines a saved page opens with.
  let pageTop = true;
  while (blocks.length > 1) {
    const block = blocks[0]!;
    const run = menuRunLength(blocks, 0);
    if (run >= 3) {
      const menu = blocks.splice(0, run);
      const name = meta.publisher === null ? mastheadInMenu(menu, pageTop) : null;
      if (name) readMasthead(name, menu.find((l) => mastheadName(l) === name) ?? name, state);
      for (const line of menu) drop(line, mastheadName(line) === name ? 'masthead (read as publisher)' : 'navigation');
      pageTop = false;
      continue;
    }
    pageTop = false;
    // `: :inin Kyiv (EET)`: a widget's leftovers, punctuation first, never a headline.
    if (/^[^\p{L}\p{N}"“‘'(\[#]/u.test(block) && block.length <= 40) {
      drop(block, 'page widget');
      blocks.shift();
      continue;
    }
    const crumbs = readBreadcrumb(block);
    if (crumbs && !headline) {
      // `Home » World » Headline`: the trail goes; a headline at its end stays as the title line.
      drop(crumbs.trail, 'navigation (breadcrumb)');
      if (crumbs.last.split(/\s+/).length > 3) blocks[0] = crumbs.last;
      else blocks.shift();
      continue;
    }
    if (looksLikeMasthead(mastheadName(block), blocks[1]) && meta.publisher === null && !headline && !MENU_WORD.test(block)) {
      readMasthead(mastheadName(block), block, state);
      drop(block, 'masthead (read as publisher)');
      blocks.shift();
      continue;
    }
    const furniture = furnitureReason(block);
    // Above the headline only plain furniture goes: a headline may read like a promo or a caption
    // (`Watch: Kim arrives by train`, `Photos: Kim in Russia`).
    if (furniture && (PRE_TITLE_FURNITURE.has(furniture.why) || block.split(/\s+/).length <= 4)) {
      readFurnitureMetadata(block, furniture.why, state);
      drop(block, furniture.why);
      blocks.shift();
      continue;
    }
    const stamp = readTimestampLine(block);
    const bareDate = stamp ? null : dateOnlyLine(block);
    if (stamp || bareDate) {
      meta.addDate(stamp?.date ?? bareDate, stamp ? (stamp.isUpdate ? 'updated line' : 'published line') : 'date line before the title', block);
      drop(block, 'timestamp (read as date)');
      blocks.shift();
      continue;
    }
    const metaWhy = readMetadataLine(block, state, true);
    if (metaWhy) {
      drop(block, metaWhy);
      blocks.shift();
      continue;
    }
    // A section label over the headline (`POLITICS`, `ASIA ECONOMY`, `International News`).
    if (isMenuItem(block) && (!/\p{Ll}/u.test(block) || block.split(/\s+/).every((w) => SECTION_WORDS.test(w))) && block.split(/\s+/).length <= 3 && blocks[1] !== undefined && !isMenuItem(blocks[1]) && !looksLikeParagraph(blocks[1])) {
      drop(block, 'section label');
      blocks.shift();
      continue;
    }
    break;
  }

  // An article that opens straight with its story has no headline line: its first words stand in for one.
  const opensWithText = blocks[0] !== undefined && looksLikeParagraph(blocks[0]);
  let title: string;
  if (opensWithText) {
    title = headlineFrom(blocks[0]!);
    meta.noteOrigin('title', 'first sentence (the page has no headline line)');
  } else {
    const first = blocks.shift() ?? '';
    const split = splitTitleSuffix(stripWireSlug(first.replace(/^#{1,6}\s+/, '')).trim());
    title = split.title || source;
    if (split.site) {
      const wire = agencyNamed(split.site);
      if (wire) meta.setAgency(wire, 'headline suffix', first);
      else meta.setPublisher(split.site, 'headline suffix', first);
    }
    meta.noteOrigin('title', first ? `first line "${first}"` : 'file name');
  }

  const passages: Passage[] = [];
  /** Every kept paragraph's text, normalised, so a repeat is kept once. */
  const seenTexts = new Set<string>();
  const normalizedTitle = normalize(title);
  let heading: string | null = null;
  /** Blocks after a `Related`/`Tags` header are links until the story resumes. */
  let inLinkList = false;
  /** After `Key Points`, the summary bullets until the story starts. */
  let inSummary = false;
  /** Readers' comments run to the end of the page. */
  let inComments = false;
  /** The first text after the headline, until we know whether it is a standfirst. */
  let standfirstCandidate: Passage | null = null;
  const standfirsts: string[] = [];
  /** A byline, date, share or caption line since the last story paragraph: what follows a standfirst. */
  let metadataSinceLastPassage = false;

  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (inComments) {
      const furniture = furnitureReason(block);
      if (furniture) readFurnitureMetadata(block, furniture.why, state);
      drop(block, furniture?.why ?? 'reader comments');
      continue;
    }
    const run = menuRunLength(blocks, i);
    if (run >= 3) {
      const menu = blocks.slice(i, i + run);
      if (passages.length === 0) readNamesInMenu(menu, blocks[i - 1], state);
      for (const line of menu) {
        const furniture = furnitureReason(line);
        if (furniture) readFurnitureMetadata(line, furniture.why, state);
        drop(line, furniture?.why ?? 'navigation');
        // `Most Popular` inside a menu still announces a list of links.
        inLinkList = furniture?.startsList ?? inLinkList;
      }
      i += run - 1;
      metadataSinceLastPassage = true;
      continue;
    }
    if (inLinkList) {
      if (!looksLikeStorySentence(block) && !agencyOnlyLine(block)) {
        const furniture = furnitureReason(block);
        if (furniture) readFurnitureMetadata(block, furniture.why, state);
        drop(block, furniture?.why ?? 'related links');
        continue;
      }
      inLinkList = false;
    }
    if (inSummary) {
      if (passages.length === 0 && !furnitureReason(block) && !readTimestampLine(block) && block.split(/\s+/).length <= 50 && standfirsts.length < 6) {
        standfirsts.push(block);
        drop(block, 'standfirst (summary above the story)');
        continue;
      }
      inSummary = false;
    }
    if (SUMMARY_HEADER.test(block) && passages.length === 0) {
      inSummary = true;
      drop(block, 'standfirst heading');
      continue;
    }
    if (COMMENTS_HEADER.test(block) && passages.length >= 3) {
      inComments = true;
      drop(block, 'reader comments');
      continue;
    }
    const stamp = readTimestampLine(block);
    const bareDate = stamp ? null : dateOnlyLine(block);
    if (stamp || bareDate) {
      meta.addDate(stamp?.date ?? bareDate, stamp ? (stamp.isUpdate ? 'updated line' : 'published line') : 'date line', block);
      drop(block, 'timestamp (read as date)');
      metadataSinceLastPassage = true;
      continue;
    }
    const yearless = passages.length === 0 ? yearlessDateLine(block) : null;
    if (yearless) {
      meta.addMonthDay(yearless, block);
      drop(block, 'timestamp (month and day, no year)');
      metadataSinceLastPassage = true;
      continue;
    }
    if (/^\|/.test(block) && !readMetaFields(block.replace(/^\|\s*/, ''), state, false)) {
      drop(block, 'table or layout row');
      continue;
    }
    // A credit line (`Reuters`, `Getty Images`) over or under an unpunctuated caption: a photo's, not the story's.
    if (block.split(/\s+/).length <= 4 && (agencyOnlyLine(block) || isPhotoCredit(block))) {
      const next = blocks[i + 1];
      const last = passages.at(-1);
      if (next !== undefined && isCaptionLike(next)) {
        drop(block, 'photo caption or credit');
        drop(next, 'photo caption or credit');
        i += 1;
        continue;
      }
      // Under a paragraph, a wire's name is the story's end credit (`– REUTERS`); only a photo agency marks a caption.
      if (last && blocks[i - 1] === last.text && isCaptionLike(last.text) && !agencyOnlyLine(block)) {
        passages.pop();
        seenTexts.delete(normalize(last.text));
        drop(last.text, 'photo caption or credit');
        drop(block, 'photo caption or credit');
        continue;
      }
    }
    const metaWhy = readMetadataLine(block, state, false);
    if (metaWhy) {
      drop(block, metaWhy);
      metadataSinceLastPassage = true;
      continue;
    }
    // `MINA Report` between the headline and the story: the site's name, not a section heading.
    if (passages.length === 0 && heading === null && meta.publisher === null && block.split(/\s+/).length <= 4) {
      const name = mastheadInMenu([block], false);
      if (name) {
        readMasthead(name, block, state);
        drop(block, 'masthead (read as publisher)');
        continue;
      }
    }
    if (passages.length <= 1 && isNameNextToMetadata(blocks, i, state)) {
      drop(block, 'byline (read as authors)');
      metadataSinceLastPassage = true;
      continue;
    }
    const furniture = furnitureReason(block);
    if (furniture) {
      readFurnitureMetadata(block, furniture.why, state);
      drop(block, furniture.why);
      if (furniture.startsList) inLinkList = true;
      if (HEADER_FURNITURE.has(furniture.why)) metadataSinceLastPassage = true;
      continue;
    }
    const wire = agencyOnlyLine(block);
    if (wire) {
      meta.setAgency(wire, 'agency credit', block);
      drop(block, 'agency credit');
      metadataSinceLastPassage = true;
      continue;
    }
    if (passages.length === 0 && PLACE_LINE.test(block) && blocks[i + 1] !== undefined && looksLikeParagraph(blocks[i + 1]!)) {
      drop(block, 'dateline on its own line');
      continue;
    }
    const text = stripBoilerplate(block);
    if (text === null) {
      drop(block, BYLINE.test(block) ? 'byline' : 'wire marker or share line');
      continue;
    }
    if (normalize(text) === normalizedTitle) {
      drop(block, 'repeated headline');
      continue;
    }
    const normalized = normalize(text);
    // A repeat is kept once; a two-word reply (`No, sir.`) may well be said twice.
    if ((seenTexts.has(normalized) && normalized.split(' ').length >= 4) || standfirsts.some((s) => normalize(s) === normalized)) {
      // A standfirst the story repeats as its first paragraph is that paragraph, kept once.
      if (standfirstCandidate && normalize(standfirstCandidate.text) === normalized) standfirstCandidate = null;
      drop(block, 'repeated paragraph');
      continue;
    }
    // A live blog's entry: its time, then its title.
    const afterTime = i > 0 && isTimeOnly(blocks[i - 1]!) && text.split(/\s+/).length <= 14 && !/[.!;,]$/.test(text);
    const sectionHeading = afterTime ? text : headingText(text);
    if (sectionHeading !== null && !(i === blocks.length - 1 && passages.length > 0 && isCutOffSentence(text))) {
      heading = sectionHeading;
      continue;
    }
    // The first text under the headline is a standfirst when bylines, dates or furniture follow it.
    if (standfirstCandidate && passages.length === 1 && metadataSinceLastPassage && !readDateline(standfirstCandidate.text)) {
      passages.pop();
      standfirsts.push(standfirstCandidate.text);
      drop(standfirstCandidate.text, 'standfirst (summary above the story)');
    }
    if (passages.length < 3) readLeadDateline(text, state);
    const paragraph = passages.length + 1;
    const passage: Passage = { id: `${source}#${paragraph}`, source, paragraph, text, heading };
    standfirstCandidate = passages.length === 0 && standfirsts.length === 0 && heading === null && text.split(/\s+/).length <= 50 ? passage : null;
    passages.push(passage);
    seenTexts.add(normalized);
    metadataSinceLastPassage = false;
  }

  const kept = withoutRepeatedStandfirst(passages, state);

  if (!meta.authors.length && meta.creditedAuthors.length) meta.addAuthors(meta.creditedAuthors, 'reporting credit', state.creditLine ?? '');
  const firstWire = state.copyrightWires[0];
  if (meta.agency === null && firstWire) meta.setAgency(firstWire.value, 'copyright line', firstWire.line);
  if (meta.agency === null && state.mastheadWire) meta.setAgency(state.mastheadWire.value, 'masthead line', state.mastheadWire.line);
  const otherWire = state.copyrightWires.find((w) => w.value !== meta.agency);
  const fallbackSite = state.copyrightSite ?? (otherWire ? { value: otherWire.value, line: otherWire.line } : null);
  if (meta.publisher === null && fallbackSite) meta.setPublisher(fallbackSite.value, 'copyright line', fallbackSite.line);
  // A page that names no site is published, as far as it says, by the wire that credits it.
  if (meta.publisher === null && meta.agency !== null) {
    meta.publisher = state.leadCredit ?? meta.agency;
    meta.origins.publisher = 'no site named; the wire credit stands in';
  }
  const { date, dateWithoutYear } = meta.resolveDate();

  return {
    source,
    title: override.title ?? title,
    publisher: override.publisher !== undefined ? override.publisher : meta.publisher,
    agency: override.agency !== undefined ? override.agency : meta.agency,
    authors: override.authors ?? meta.authors,
    date: override.date !== undefined ? override.date : date,
    dateWithoutYear: override.date !== undefined ? null : dateWithoutYear,
    url: override.url !== undefined ? override.url : meta.url,
    passages: kept,
    dropped: state.dropped,
    origins: meta.origins,
  };
}

/** Furniture a saved page shows above its headline, never shaped like a headline. */
const PRE_TITLE_FURNITURE = new Set(['cookie notice', 'navigation', 'share line', 'advertising', 'comments', 'reading time', 'page notice', 'label', 'copyright line', 'link', 'tag list', 'e-mail line', 'timestamp', 'video player', 'live blog controls']);

/** Furniture that sits between a standfirst and the story (an advert or a promo can sit anywhere). */
const HEADER_FURNITURE = new Set(['share line', 'photo caption or credit', 'reading time', 'navigation', 'video player', 'comments', 'link', 'byline (agencies)']);

/** The page's last words cut off mid-sentence (`... and covered tra`): story text, not a heading with nothing under it. */
function isCutOffSentence(text: string): boolean {
  const words = text.split(/\s+/);
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return words.length >= 6 && capitalised / words.length < 0.5 && /^[\p{Lu}"“]/u.test(text);
}

/** A caption's shape: a description of a picture, with no full stop, that is neither a date nor a byline. */
function isCaptionLike(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words >= 5 && words <= 40 && !/[.!?:"”’]$/.test(block) && !/^by\s/i.test(block) && readTimestampLine(block) === null && dateOnlyLine(block) === null && readByline(block) === null && !furnitureReason(block);
}

/** Menu words that name a section, never a publication. */
const MENU_WORD = /^(?:home|news|world|politics|business|sport|sports|opinion|video|live|latest|national|local|markets|tech|economy)$/i;

function readMasthead(name: string, line: string, state: ReadState): void {
  state.meta.setPublisher(name, 'masthead line', line);
  // A wire's own site (`UPI`, `Reuters`) may carry another wire's story: its name is the agency only if no credit says otherwise.
  const wire = agencyNamed(name);
  if (wire) state.mastheadWire ??= { value: wire, line };
}

/** Names stacked with roles under the headline (`Hannah Cho` / `BBC News, Busan` / `and` / `Tom Ellery`). */
function readNamesInMenu(lines: readonly string[], before: string | undefined, state: ReadState): void {
  const names: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (!isPersonName(line)) continue;
    const around = [i === 0 ? before : lines[i - 1], lines[i + 1]].filter((l): l is string => l !== undefined);
    if (around.some((l) => /^(?:and|&)$/i.test(l) || isRoleLine(l) || isBylineNeighbour(l))) names.push(line);
  }
  if (names.length) state.meta.addAuthors(names, 'byline', lines.join(' / '));
}

/** `BBC News, Busan`, `Tokyo correspondent`, `Senior reporter`: what a byline says a person is. */
function isRoleLine(line: string): boolean {
  return line.split(/\s+/).length <= 5 && /\b(?:correspondent|editor|reporter|writer|journalist|producer|presenter|analyst|columnist|staff|news|bureau|desk)\b/i.test(line);
}

/**
 * A name alone on a line under the headline, beside a date, byline or share line (`Clara Ng`,
 * `Helen Park (now) and Daniel Okafor (earlier)`): the story's authors.
 */
function isNameNextToMetadata(blocks: readonly string[], i: number, state: ReadState): boolean {
  const block = blocks[i]!;
  // Only names: `Clara Ng`, `Helen Park (now) and Daniel Okafor (earlier)`.
  const names = block.replace(/\([^)]*\)/g, ' ').split(/\s*,\s*|\s+(?:and|&)\s+/).map((n) => n.trim()).filter(Boolean);
  if (!names.length || names.length > 4 || !names.every(isPersonName)) return false;
  const byline = { authors: names };
  const around = [blocks[i - 1], blocks[i + 1]].filter((b): b is string => b !== undefined);
  const besideMetadata = around.some(isBylineNeighbour);
  if (!besideMetadata) return false;
  state.meta.addAuthors(byline.authors, 'byline', block);
  return true;
}

/** What sits next to a byline: a timestamp or a share button. */
function isBylineNeighbour(b: string): boolean {
  return readTimestampLine(b) !== null || dateOnlyLine(b) !== null || furnitureReason(b)?.why === 'share line' || /^(?:share|save)$/i.test(b.trim());
}

/** `Mar. 19 07:10 pm JST`: a date line that gives a month and day but no year. */
function yearlessDateLine(block: string): MonthDay | null {
  if (block.length > 50 || findFullDate(block)) return null;
  const md = findMonthDay(block);
  if (!md) return null;
  const rest = (block.slice(0, md.index) + block.slice(md.end)).replace(WEEKDAY_MONTH_TIME, '').replace(/\d{1,2}[:.]\d{2}/g, '');
  return /\p{L}/u.test(rest) ? null : md;
}

/** A wire dateline at the head of one of the first paragraphs: its agency, site and date. */
function readLeadDateline(text: string, state: ReadState): void {
  const dateline = readDateline(text);
  if (!dateline) return;
  const { meta } = state;
  if (dateline.date) meta.addDate(dateline.date, 'dateline', dateline.text);
  else if (dateline.monthDay) meta.addMonthDay(dateline.monthDay, dateline.text);
  if (dateline.agency) {
    // The dateline's credit stands in for the site when none is named (`BSS/AFP`); a wire other than the
    // byline's (`(UPI)` over a Yonhap story) is the one that published it.
    if (meta.agency === null || meta.agency !== dateline.agency) state.leadCredit ??= dateline.agency;
    meta.setAgency(dateline.agency, 'dateline', dateline.text);
  }
  if (dateline.publisher) meta.setPublisher(dateline.publisher, 'dateline', dateline.text);
}

/** Consecutive blocks from `start` that are all menu-sized (few words, no sentence ending). */
function menuRunLength(blocks: readonly string[], start: number): number {
  let end = start;
  while (end < blocks.length && isMenuEntry(blocks[end]!)) end += 1;
  return end - start;
}

/** A menu entry, not a short headline's byline, date or wire credit (`Kim meets Putin` / `By Jane Doe` / `Reuters`). */
function isMenuEntry(block: string): boolean {
  if (!isMenuItem(block) || dateOnlyLine(block) || SUMMARY_HEADER.test(block)) return false;
  if (/^by\s/i.test(block) || agencyOnlyLine(block)) return false;
  return true;
}

/**
 * A standfirst repeated by the first paragraph (whole, or inside it after a dateline): the reader sees it
 * once, so the shorter copy goes and the paragraphs are numbered again.
 */
function withoutRepeatedStandfirst(passages: Passage[], state: ReadState): Passage[] {
  const norms = passages.map((p) => normalize(p.text));
  const captions = state.dropped.filter((d) => d.why === 'photo caption or credit').map((d) => normalize(d.line));
  const kept = passages.filter((p, i) => {
    const own = norms[i]!;
    if (own.split(' ').length < 6) return true;
    // A caption shown twice, once without its credit.
    if (captions.some((c) => c.includes(own))) {
      state.dropped.push({ line: p.text, why: 'photo caption (repeated without its credit)' });
      return false;
    }
    const repeated = norms.some((other, j) => j !== i && Math.abs(j - i) <= 3 && other.length > own.length && other.includes(own));
    if (repeated) state.dropped.push({ line: p.text, why: 'repeated paragraph (standfirst also in the story)' });
    return !repeated;
  });
  return kept.map((p, i) => ({ ...p, id: `${p.source}#${i + 1}`, paragraph: i + 1 }));
}
