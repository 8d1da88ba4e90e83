/**
 * Splits an article's text into blocks: paragraphs separated by blank lines, hard-wrapped lines joined, a
 * paragraph per line when there are no blank lines; a byline, date or credit line always on its own.
 */
import { agencyOnlyLine } from './agencies.ts';
import { readByline } from './byline.ts';
import { dateOnlyLine } from './dateLines.ts';
import { furnitureReason, isPhotoCredit } from './furniture.ts';
import { readTimestampLine } from './parseDateline.ts';

/**
 * Blank-line separated blocks. A hard-wrapped block is one paragraph (its lines joined); a block whose
 * lines are whole paragraphs (a layout with no blank lines between them) gives one block per line.
 */
export function splitBlocks(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .flatMap((block) => {
      const lines = block
        .split('\n')
        .map((l) => asMenuRow(l) ?? l.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean);
      // A header of `Key: value` lines is one field a line, however short.
      if (lines.length > 1 && lines.every((l) => META_LINE.test(l))) return lines;
      // A summary box (`Key points:` / `• ...` / `• ...`) is its header and an item a line, never one wrapped paragraph.
      if (lines.length > 2 && SUMMARY_HEADER.test(lines[0]!) && lines.slice(1).every((l) => /^[•▪◦●■►▸*-]\s/.test(l))) return lines;
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

/**
 * `News  Sport  Business  Video`, `REJECT ALL    ACCEPT ALL`: a row of links or buttons the page set apart by runs
 * of spaces, which the copied text keeps; written with bars, as menus often are, so it reads as one.
 */
function asMenuRow(line: string): string | null {
  const items = line.trim().split(/[ \t\u00a0]{2,}/);
  if (items.length < 3 || !items.every((i) => i.split(/\s+/).length <= 3 && !/[.!?,;:]$/.test(i))) return null;
  return items.map((i) => i.replace(/[ \t\u00a0]+/g, ' ')).join(' | ');
}

/**
 * A header line's fields: `By Yonhap News Agency | Updated April 26, 2019` -> the byline and the date;
 * `Thursday, April 25, 2019 · 6 min read` -> the date and the reading time.
 */
export function headerFields(line: string): string[] {
  return line
    .split(/\s*\|\s*|\s+[·•]\s+/)
    .map((f) => f.trim())
    .filter(Boolean);
}

/** `Key points`, `At a glance`: the header of a summary box over the story. */
export const SUMMARY_HEADER =
  /^(?:key points|highlights|key takeaways|takeaways|in brief|at a glance|summary|the big picture|story highlights|what you need to know)\s*:?$/i;

/** `Title: ...`, `Source: Reuters`, `Date: 2023-10-14`, a feed reader's `Feed:` and `GUID:`: a metadata field of an article's header. */
export const META_LINE =
  /^(title|headline|subject|source|sources|publisher|publication|outlet|from|to|cc|sent|date|published|updated|author|authors|byline|by|url|link|editor|agency|feed|channel|guid|categories|category|tags)\s*:\s*(.+)$/i;

/** `Getty Images` + `President Han (right) welcomed ...`, or a caption + `Pool | Getty Images`. */
function isCreditedCaption(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > 4) return false;
  const credit = isPhotoCredit(lines[0]!) ? 0 : isPhotoCredit(lines.at(-1)!) ? lines.length - 1 : -1;
  // `Jane Doe | Reuters` over a paragraph is a byline, not a photo credit.
  if (credit < 0 || (readByline(lines[credit]!)?.authors.length ?? 0) > 0) return false;
  const others = lines.filter((_, i) => i !== credit);
  return others.every(
    (l) => l.split(/\s+/).length >= 4 && !/^by\s/i.test(l) && readTimestampLine(l) === null && dateOnlyLine(l) === null && readByline(l) === null,
  );
}

/** A line that is metadata or furniture by itself: a byline, a date, a wire credit, a site's name. */
function standsAlone(line: string): boolean {
  return (
    readTimestampLine(line) !== null ||
    dateOnlyLine(line) !== null ||
    // `13 May 2025 | 8 min read`: a date among a header line's fields.
    (line.includes('|') && headerFields(line).some((field) => dateOnlyLine(field) !== null || readTimestampLine(field) !== null)) ||
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
