/**
 * Splits an article's text into blocks: paragraphs separated by blank lines, hard-wrapped lines joined, a
 * paragraph per line when there are no blank lines; a byline, date or credit line always on its own.
 */
import { agencyOnlyLine } from './agencies.ts';
import { readByline } from './byline.ts';
import { dateOnlyLine } from './dateLines.ts';
import { EMBED_ATTRIBUTION, furnitureReason, isPhotoCredit } from './furniture.ts';
import { readTimestampLine } from './parseDateline.ts';
import { isKnownWord } from '../shared/knownWords.ts';
import { endsSentence, isProse, wordCount } from './proseShape.ts';

/** Records a line that goes before the page is read (what the report lists as dropped, with why). */
export type DropLine = (line: string, why: string) => void;

/**
 * Blank-line separated blocks. A hard-wrapped block is one paragraph (its lines joined); a block whose
 * lines are whole paragraphs (a layout with no blank lines between them) gives one block per line.
 */
export function splitBlocks(raw: string, drop: DropLine = () => undefined): string[] {
  // A form feed ends a printed page; a print page's jump (`Continued on Page 6`, `From Page 1`) says where it goes on.
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .split('\n')
    .filter((l) => !(JUMP_LINE.test(l.trim()) && (drop(l.trim(), 'page jump'), true)))
    .join('\n');
  const width = wrapWidth(text);
  const columns = width <= COLUMN_WIDTH;
  // The page's own words, counted once: a word split at a line's end is joined as the page writes it elsewhere.
  const words = columns ? wordsOf(text) : undefined;
  const join = (lines: readonly string[]): string => joinWrappedLines(lines, words);
  const raws = text.split(/\n[ \t\u00a0]*\n/);
  return (columns ? mendColumnBreaks(raws, drop) : raws)
    .flatMap((block) => {
      const lines = block
        .split('\n')
        .map((l) => asMenuRow(l) ?? l.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean);
      // A header of `Key: value` lines is one field a line, however short.
      if (lines.length > 1 && lines.every((l) => META_LINE.test(l))) return lines;
      // A summary box (`Key points:` / `• ...` / `• ...`) is its header and an item a line, never one wrapped paragraph.
      if (lines.length > 2 && SUMMARY_HEADER.test(lines[0]!) && lines.slice(1).every((l) => /^[•▪◦●■►▸*-]\s/.test(l))) return lines;
      // An embedded post pasted whole (its text, a `pic.x.com/...` link, `— Name (@handle) August 17, 2025`): the
      // post's, never the story's, however its lines read.
      if (lines.length > 1 && EMBED_ATTRIBUTION.test(lines.at(-1)!)) {
        for (const line of lines) drop(line, 'embedded post');
        return [];
      }
      // A headline repeated right under itself is two lines, not one wrapped sentence.
      if (lines.some((l, i) => i > 0 && l === lines[i - 1])) return lines;
      // A video's player, its label and description set together (`WATCH | ...:` / `Duration 2:07` / what it shows): one
      // caption block, the description no paragraph however it reads.
      if (lines.length > 1 && lines.length <= 4 && lines.some((l) => furnitureReason(l)?.why === 'video player')) return [lines.join('\n')];
      // A photo credit over or under its caption: one caption block, dropped whole.
      if (isCreditedCaption(lines)) return [lines.join('\n')];
      // A byline, date or credit under a headline or over a story is its own line, never wrapped text; but a
      // teaser or caption wrapped at a phone's width (`Read more: Trump and Kim's Hanoi` / `summit ends ...`) is one
      // line, furniture whole.
      if (lines.length > 1 && lines.some(standsAlone)) return columns ? joinFullLines(lines, width, join) : creditedCaptions(lines);
      return isHardWrapped(lines, width) ? [join(lines)] : lines;
    })
    .filter((block) => block.length > 0);
}

/** A page wrapped this narrow or narrower is set in columns: a PDF e-paper's text, a phone's copy. */
const COLUMN_WIDTH = 45;

/** A print page's jump line: `Continued on Page 6`, `From Page 1`, `Continued from A1`. */
const JUMP_LINE = /^(?:continued (?:on|from) (?:page |p\.? ?)?[A-Z]?\d+|from page [A-Z]?\d+|continued on next page)\.?$/i;

/** A block that goes on a sentence: it opens on a lower-case word (`somewhat” in recent months`; not `railway_mark`). */
const GOES_ON = /^\p{Ll}[\p{L}’'-]*(?=[\s,.;:!?”"’)]|$)/u;

/** The most blocks a column's break may put between a paragraph's two halves (a caption, a pull quote, a page's header). */
const BREAK_REACH = 5;

/**
 * Text set in columns breaks where a column ends, mid-paragraph and even mid-sentence, and what sits between the
 * columns (a photo's caption, a pull quote, the next page's header and jump headline) comes between a paragraph's
 * halves. Below the story's first paragraph (a sentence of ten words or more: above it are the headline,
 * standfirst and byline), a block left open (its last line ends on no closing punctuation) goes on in the next
 * block that opens in lower case (or, when it ends on a word no sentence ends on and no such block is near,
 * `ask for` / `Putin's help`, in the very next block); what came between is not the story's, and goes.
 */
function mendColumnBreaks(raws: readonly string[], drop: DropLine): string[] {
  const trimmed = raws.map((b) => b.trim()).filter(Boolean);
  const first = trimmed.findIndex((b) => isProse(b, 10));
  const open = (b: string): boolean => wordCount(b) >= 3 && !/[.!?:;"”’)]$/.test(b);
  const out: string[] = [];
  for (let i = 0; i < trimmed.length; i += 1) {
    let block = trimmed[i]!;
    while (first >= 0 && i >= first && open(block)) {
      const dangling = DANGLING.test(block) || /\p{L}-$/u.test(block);
      let k = i + 1;
      while (k < trimmed.length && k <= i + BREAK_REACH && !GOES_ON.test(trimmed[k]!)) k += 1;
      // Ending on `for`, with no block in reach opening in lower case, it goes on in the very next one.
      if (dangling && (k >= trimmed.length || k > i + BREAK_REACH)) k = i + 1;
      const rest = trimmed[k];
      if (rest === undefined || k > i + BREAK_REACH || trimmed.slice(i + 1, k).some((b) => wordCount(b) > 40)) break;
      for (const between of trimmed.slice(i + 1, k)) drop(between.replace(/\s*\n\s*/g, ' '), 'between the halves of a paragraph a column broke');
      block = `${block}\n${rest}`;
      i = k;
    }
    out.push(block);
  }
  return out;
}

/** The words a text holds, lower-cased: a word split at a line's end is joined as the text writes it elsewhere. */
function wordsOf(text: string): ReadonlySet<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
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
  /^(?:key points|key facts|fast facts|quick facts|highlights|key takeaways|takeaways|in brief|at a glance|summary|the big picture|story highlights|what you need to know|(?:key )?takeaways by [\w .&-]{1,30})\s*:?$/i;

/** `Title: ...`, `Source: Reuters`, `Date: 2023-10-14`, a feed reader's `Feed:` and `GUID:`: a metadata field of an article's header. */
export const META_LINE =
  /^(title|headline|subject|source|sources|publisher|publication|outlet|from|to|cc|sent|date|published|updated|author|authors|byline|by|url|link|editor|agency|feed|channel|guid|categories|category|tags)\s*:\s*(.+)$/i;

/** A gallery's counter over a picture: `1 / 8`, `2 of 12`, `Image 3 of 8`. */
export const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;

/**
 * `Getty Images` + `President Han (right) welcomed ...`, or a caption + `Pool | Getty Images`; in a gallery with the
 * picture's counter over it (`1 / 8` + caption + `Photograph: ...`).
 */
function isCreditedCaption(block: readonly string[]): boolean {
  const lines = GALLERY_COUNTER.test(block[0] ?? '') ? block.slice(1) : block;
  if (lines.length < 2 || lines.length > 4) return false;
  // `Image` alone under a paragraph labels the picture that follows; it credits nothing above it.
  const label = /^(?:image|photo|picture|photograph|video|graphic|illustration)$/i.test(lines.at(-1)!);
  const credit = isPhotoCredit(lines[0]!) ? 0 : isPhotoCredit(lines.at(-1)!) && !label ? lines.length - 1 : -1;
  // `Jane Doe | Reuters` over a paragraph is a byline, not a photo credit.
  if (credit < 0 || (readByline(lines[credit]!)?.authors.length ?? 0) > 0) return false;
  const others = lines.filter((_, i) => i !== credit);
  return others.every(
    (l) => l.split(/\s+/).length >= 4 && !/^by\s/i.test(l) && readTimestampLine(l) === null && dateOnlyLine(l) === null && readByline(l) === null,
  );
}

/**
 * The lines of a block of metadata and furniture, a caption and the photo credit under it kept together as one
 * caption (`Residents packed the gallery ...` / `(Image: Jane Doe / Valley Echo)` under a page's share buttons).
 */
function creditedCaptions(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const pair = lines.slice(i, i + 2);
    if (pair.length === 2 && !standsAlone(pair[0]!) && isCreditedCaption(pair)) {
      out.push(pair.join('\n'));
      i += 1;
    } else out.push(lines[i]!);
  }
  return out;
}

/** A line that is metadata or furniture by itself: a byline, a date, a wire credit, a site's name. */
function standsAlone(line: string): boolean {
  return isStoryMetadata(line) || isFurnitureLine(line);
}

/** A byline, date or credit of the story on a line of its own, or the site's address. */
function isStoryMetadata(line: string): boolean {
  return (
    readTimestampLine(line) !== null ||
    dateOnlyLine(line) !== null ||
    // `13 May 2025 | 8 min read`: a date among a header line's fields.
    (line.includes('|') && headerFields(line).some((field) => dateOnlyLine(field) !== null || readTimestampLine(field) !== null)) ||
    agencyOnlyLine(line) !== null ||
    (/^by\s/i.test(line) && readByline(line) !== null) ||
    /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/iu.test(line)
  );
}

/** A line of the site's furniture, short enough to be one (a caption, a teaser, a share line...). */
const isFurnitureLine = (line: string): boolean => line.split(/\s+/).length <= 12 && furnitureReason(line) !== null;

/** No text is wrapped wider than this: a longer line is a paragraph of its own. */
const UNWRAPPED_WIDTH = 120;

/** A line wrapped at the page's width is at least this share of it (the rest of its next word did not fit). */
const FULL_LINE = 0.75;

/** The fewest lines from which a page's wrapping is measured: a short text's few lines say nothing of it. */
const MEASURED_LINES = 20;

/**
 * The width a page's text is wrapped at, if it is: the 90th percentile of its lines' lengths; for a text of fewer
 * than `MEASURED_LINES` lines, unknown (`UNWRAPPED_WIDTH`).
 */
function wrapWidth(text: string): number {
  const lengths = text
    .split('\n')
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths.length < MEASURED_LINES ? UNWRAPPED_WIDTH : lengths[Math.floor(0.9 * (lengths.length - 1))]!;
}

/** A line that stands alone as site furniture, not as a byline, date or credit that belongs to the story. */
const furnitureOnly = (line: string): boolean => isFurnitureLine(line) && !isStoryMetadata(line);

/** A word that leaves its sentence open: a line ending on it was wrapped (`Kim Jong Un's train arrives at`). */
const DANGLING = /\b(?:a|an|the|of|at|in|on|to|for|from|with|by|and|or|but|his|her|its|their|our|your|my)$/i;

/**
 * The lines of a block holding a line that stands alone, each apart, except a line as long as the page's wrapping
 * allows (`FULL_LINE` of `width`) whose sentence runs on: the next line continues it, unless either is a byline, date
 * or credit of the story. Only on a page set in columns (see COLUMN_WIDTH): elsewhere every line stays apart.
 */
function joinFullLines(lines: readonly string[], width: number, join: (lines: readonly string[]) => string): string[] {
  const out: string[] = [];

  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const continues =
      previous !== undefined &&
      out.length > 0 &&
      previous.length >= FULL_LINE * width &&
      // and the line goes on mid-sentence: it opens in lower case, or the one above ends on a word no line of its own does.
      // (or a teaser's title runs on: `Read more: Council signs off on new` / `Harbourside fire station after delays`).
      (/^\p{Ll}/u.test(line) || DANGLING.test(previous) || (furnitureOnly(previous) && !endsSentence(line))) &&
      !isStoryMetadata(previous) &&
      !isStoryMetadata(line);
    if (continues) out[out.length - 1] = join([out[out.length - 1]!, line]);
    else out.push(line);
  });
  return out;
}

/**
 * Wrapped text breaks at a fixed width (`width`, the page's if known), mostly mid-sentence; a paragraph per line is
 * often longer than any wrap width and ends its sentences at the line's end.
 */
export function isHardWrapped(lines: readonly string[], width = UNWRAPPED_WIDTH): boolean {
  if (lines.length < 2) return true;
  if (Math.max(...lines.map((l) => l.length)) > UNWRAPPED_WIDTH) return false;
  // Text wraps near a fixed width: a short line above a capitalised one is a line of its own, if the capitalised
  // word would have fitted on it at the page's width. On a page of a paragraph a line (most lines longer than any
  // wrap width), any line is short. On a page set in columns (a phone's copy wraps at 35 characters, in a font
  // whose letters differ in width), a line is short below `FULL_LINE` of the width, and one of three words or more
  // ending on a word no sentence ends on (`furniture warehouse in` / `Harbourside`) goes on whatever its length.
  const columns = width <= COLUMN_WIDTH;
  const short = (l: string): boolean =>
    columns ? l.length < FULL_LINE * width && !(DANGLING.test(l) && l.split(' ').length >= 3) : l.length < 40 || width > UNWRAPPED_WIDTH;
  const endedEarly = (l: string, next: string): boolean => short(l) && l.length + 1 + next.split(' ')[0]!.length <= width;
  if (lines.slice(0, -1).some((l, i) => endedEarly(l, lines[i + 1]!) && !/[-,]$/.test(l) && /^[\p{Lu}\d]/u.test(lines[i + 1]!))) return false;
  // Short lines one under another are a menu or a list, not a wrapped paragraph.
  // (In columns, a menu's entries open in capitals; a paragraph's lines go on in lower case.)
  const menuLike = (l: string): boolean => l.split(/\s+/).length <= 4 && (!columns || (l.length < FULL_LINE * width && /^[\p{Lu}\d]/u.test(l)));
  if (lines.length >= 3 && lines.filter(menuLike).length >= lines.length * 0.6) return false;
  const inner = lines.slice(0, -1);
  const ended = inner.filter(endsSentence).length;
  return ended / inner.length < 0.5;
}

/**
 * Wrapped lines as one paragraph. A word split at a line's end keeps its hyphen (`then-` + `president`), unless the
 * text is set in columns (`words`, the text's own words, given), where a hyphen at a line's end mostly splits a word
 * (`Vla-` + `dimir`): there it goes, unless both halves are words and the whole is none (`six-` + `party`).
 */
function joinWrappedLines(lines: readonly string[], words?: ReadonlySet<string>): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    // A drop cap: `K` over `im Jong Un's armored train`.
    else if (words && /^\p{Lu}$/u.test(out) && /^\p{Ll}/u.test(line)) out += line;
    else if (/\p{L}-$/u.test(out)) out = words && splitsWord(out, line, words) ? out.slice(0, -1) + line : out + line;
    else out += ` ${line}`;
  }
  return out;
}

/** Whether a hyphen at the end of `left` splits one word with `right` (see joinWrappedLines). */
function splitsWord(left: string, right: string, words: ReadonlySet<string>): boolean {
  const before = /(\p{L}+)-$/u.exec(left)?.[1];
  const after = /^(\p{L}+)/u.exec(right)?.[1];
  if (!before || !after || !/^\p{Ll}/u.test(after)) return false;
  const whole = (before + after).toLowerCase();
  return words.has(whole) || isKnownWord(whole) || !isKnownWord(before) || !isKnownWord(after);
}
