/**
 * Turns one article's raw text into its title, publisher, date and numbered paragraphs.
 * Every rule here is about the shape of news text, never about a particular story.
 */
import type { Article, Passage, SourceOverride } from './types.ts';
import { findFullDate, parseDateline, parseTimestampLine } from './parseDateline.ts';

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
      return isHardWrapped(lines) ? [joinWrappedLines(lines)] : lines;
    })
    .filter((block) => block.length > 0);
}

/** `Title: ...`, `Source: Reuters`, `Date: 2023-10-14`: a metadata field of an article's header. */
const META_LINE = /^(title|headline|source|publisher|publication|outlet|date|published|updated|author|authors|byline|by|url|link)\s*:\s*(.+)$/i;

/**
 * Wrapped text breaks at a fixed width, mostly mid-sentence; a paragraph per line is often longer than any
 * wrap width and ends its sentences at the line's end.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return true;
  if (Math.max(...lines.map((l) => l.length)) > 120) return false;
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
const CREDIT_TAIL = /\s*\b(?:Video|Photo|Image|Picture|Photograph|Credit|Source)s?:\s*[A-Z][\w&./ -]{0,40}$/;

/** Text that is never article content, or null for a block to keep (possibly trimmed). */
export function stripBoilerplate(block: string): string | null {
  if (WIRE_MARKER.test(block) || SHARE_LINE.test(block) || (BYLINE.test(block) && block.split(/\s+/).length <= 12)) return null;
  let text = block.replace(CREDIT_TAIL, '').trim();
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

/** A line that is only a date (`Thursday, April 25, 2019`, `2019-04-25 10:00 GMT`), as a layout's date line. */
function dateOnlyLine(block: string): string | null {
  if (block.length > 60) return null;
  const date = findFullDate(block);
  if (!date) return null;
  const rest = block.replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|utc|gmt|bst|est|edt|pst|am|pm|[a-z]{3}t)\b/gi, '');
  return /\p{L}/u.test(rest) ? null : date;
}

function looksLikeParagraph(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words > 30 || (words > 15 && /[.!?]["”’)]?$/.test(block));
}

/** The first sentence, cut at a word to at most 100 characters. */
function headlineFrom(paragraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= 100) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', 99))}…`;
}

/** A first line that names the publication (`The Financial Express`) rather than the story. */
function looksLikePublisher(block: string, next: string | undefined): boolean {
  const words = block.split(/\s+/);
  if (words.length > 5 || /\d|[.!?:]$/.test(block)) return false;
  if (!words.every((w) => /^(?:[A-Z][\w&'’.-]*|of|the|and|&)$/.test(w))) return false;
  return next !== undefined && !/[.!?"”]$/.test(next);
}

const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function cleanArticle(source: string, raw: string, override: SourceOverride = {}): Article {
  const blocks = splitBlocks(raw);
  let publisher: string | null = null;
  let date: string | null = null;

  // A bare address (`https://...`, `Source: https://...`) is where the article was found, never its text.
  let url: string | null = null;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const m = /^(?:(?:source|url|link|from)\s*:\s*)?<?(https?:\/\/\S+?)>?$/i.exec(blocks[i]!);
    if (!m) continue;
    url ??= m[1]!;
    blocks.splice(i, 1);
  }
  // Header fields at the top: what they name is metadata, never the story.
  let headline: string | null = null;
  while (blocks.length > 1) {
    const m = META_LINE.exec(blocks[0]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'title' || key === 'headline') headline ??= value;
    else if (key === 'source' || key === 'publisher' || key === 'publication' || key === 'outlet') publisher ??= value;
    else if (key === 'date' || key === 'published' || key === 'updated') date ??= findFullDate(value);
    else if (key === 'url' || key === 'link') url ??= value;
    blocks.shift();
  }
  if (headline) blocks.unshift(headline);
  if (blocks.length > 1 && looksLikePublisher(blocks[0]!, blocks[1])) publisher = blocks.shift()!;
  // An article that opens straight with its story has no headline line: its first words stand in for one.
  const opensWithText = blocks[0] !== undefined && looksLikeParagraph(blocks[0]);
  const title = opensWithText ? headlineFrom(blocks[0]!) : stripWireSlug((blocks.shift() ?? '').replace(/^#{1,6}\s+/, '')).trim() || source;

  const passages: Passage[] = [];
  let heading: string | null = null;
  for (const block of blocks) {
    const stamp = parseTimestampLine(block) ?? dateOnlyLine(block);
    if (stamp) {
      date ??= stamp;
      continue;
    }
    if (/^\|/.test(block)) continue;
    const text = stripBoilerplate(block);
    if (text === null) continue;
    if (normalize(text) === normalize(title)) continue;
    const sectionHeading = headingText(text);
    if (sectionHeading !== null) {
      heading = sectionHeading;
      continue;
    }
    if (passages.length === 0) {
      const dateline = parseDateline(text);
      if (dateline) {
        date ??= dateline.date;
        publisher ??= dateline.agency;
      }
    }
    const paragraph = passages.length + 1;
    passages.push({ id: `${source}#${paragraph}`, source, paragraph, text, heading });
  }

  return {
    source,
    title: override.title ?? title,
    publisher: override.publisher !== undefined ? override.publisher : publisher,
    date: override.date !== undefined ? override.date : date,
    url: override.url !== undefined ? override.url : url,
    passages,
  };
}
