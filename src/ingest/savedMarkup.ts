/**
 * Pages saved by a tool that writes its own markup: Markdown from a browser's "save as Markdown" extension
 * (`[Kim Jong Un](https://...)`, `![photo](...)`, `# Headline`, a front-matter header) or a text browser's dump
 * (`lynx -dump`: `[12]Kim Jong Un`, a closing `References` list of addresses), a print-friendly copy (`Vladivostok
 * [1]`, a `Links` list of `[1] https://...`), a forwarded e-mail (the forwarder's note above the article), a
 * report quoted in `> ` lines or a web archive's capture (its toolbar). A reader of the page sees the
 * words, not the markup: it is taken out before the page is read, so a quoted passage shows what the page says
 * and the search does not index addresses. A text that shows none of a tool's signs is left as it is (a plain
 * report may well hold an asterisk or a bracketed number).
 */
import { agencyOnlyLine } from './agencies.ts';
import type { DropLine } from './splitBlocks.ts';
import { isProse, wordCount } from './proseShape.ts';

/** `[text](https://...)` or `[text](/world/asia)`, with an optional `"title"`. */
const MARKDOWN_LINK = /\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
/** An image linked to a site's home page (`[![The Harbor Light](logo.svg)](https://harborlight.example/)`): the site's logo. */
const LOGO_LINK = /\[!\[([^\]\n]+)\]\([^)\s]*\)\]\((?:https?:\/\/[^/)\s]+)?\/?\)/g;
/** A quote mark opening a line: a Markdown blockquote's or a mail's `> `. */
const QUOTE_MARK = /^[ \t]*>[ \t]?/gm;

/** Front matter: `---`, `key: value` lines, `---`, at the very top. */
const FRONT_MATTER = /^---[ \t]*\n((?:[ \t]*[\w-]+[ \t]*:.*\n|[ \t]*-[ \t].*\n|[ \t]*\n)*?)---[ \t]*\n/;
/** The header fields a front matter may hold that the page's header would show too. */
const FRONT_MATTER_FIELDS = /^(title|source|url|link|author|authors|byline|date|published|updated|publisher|site|agency)$/i;
/** A lynx link or form marker: `[12]Text`, `[12][IMG]`, `[IMG]`. */
const LYNX_MARKER = /\[(?:\d{1,4}|IMG|INLINE)\](?=\S)|\[IMG\]|\[INLINE\]/g;
/** The address list a text browser appends: `References`, then `1. https://...` lines, to the end. */
const REFERENCES = /\n[ \t]*(?:References|Visible links:?|Hidden links:)[ \t]*\n(?:[ \t]*\n|[ \t]*(?:\d+\.[ \t]+\S+|Visible links:?|Hidden links:)[ \t]*\n?)*$/;
/**
 * A print-friendly copy's link notes: ` [1]` after the linked words, and a `Links` list of `[1] https://...` lines
 * (which may be followed by the page's copyright lines).
 */
const PRINTED_LINKS = /\n[ \t]*(?:Links|Links in this article|References)[ \t]*:?[ \t]*\n(?:[ \t]*\[\d{1,3}\][ \t]+(?:https?:\/\/|www\.)\S*[ \t]*(?:\n|$))+/;
const PRINTED_LINK_MARKER = /(?<=\S)[ \t]\[\d{1,3}\](?=[\s.,;:!?)]|$)/g;

/**
 * Whether a text was saved as Markdown: a link or image in Markdown syntax, or front matter (a `#` alone is no
 * sign: `# of seats`).
 */
function looksLikeMarkdown(text: string): boolean {
  return FRONT_MATTER.test(text.replace(/^\s*/, '')) || /\]\((?:https?:\/\/|\/)[^)\s]*\)/.test(text);
}

/** Whether a text is a text browser's dump: link markers on three lines or more, or its address list. */
function looksLikeTextBrowserDump(text: string): boolean {
  const marked = text.split('\n').filter((l) => /\[\d{1,4}\]\S/.test(l)).length;
  return marked >= 3 || REFERENCES.test(text);
}

/**
 * A front matter's header fields as `Key: value` lines (quotes off), the rest of it (tags, excerpt) dropped. Its
 * `title` is the page's `<title>` (`Kim arrives in Russia | The Meridian Post`): a page with a `# Headline` of its
 * own keeps that one.
 */
function frontMatterFields(body: string, hasHeadline: boolean): string {
  const fields: string[] = [];
  for (const line of body.split('\n')) {
    const m = /^[ \t]*([\w-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m || !FRONT_MATTER_FIELDS.test(m[1]!) || (hasHeadline && /^title$/i.test(m[1]!))) continue;
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value) fields.push(`${m[1]!}: ${value}`);
  }
  return fields.length ? `${fields.join('\n')}\n\n` : '';
}

/** One line of Markdown as read: links to their words, images and emphasis marks out, a heading's `#`s off. */
function markdownLine(line: string): string {
  const linkOnlyItem = /^[ \t]*[*+-][ \t]+\[[^\]\n]*\]\([^)]*\)[ \t]*$/.test(line);
  let out = line
    .replace(LOGO_LINK, '')
    .replace(MARKDOWN_IMAGE, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(/^[ \t]*#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/, '$1')
    .replace(QUOTE_MARK, '')
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)([^_\n]*?\S)__/g, '$1')
    .replace(/(^|[\s(])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?=$|[\s.,;:!?)])/g, '$1$2')
    .replace(/(^|[\s(])_(?=[^\s_])([^_\n]*?[^\s_])_(?=$|[\s.,;:!?)])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
  // A menu saved as a list of links (`* [World](/world)`) is its link words, one a line, as the page shows them.
  if (linkOnlyItem) out = out.replace(/^[ \t]*[*+-][ \t]+/, '');
  // A rule (`---`, `***`) parts sections; a line left empty by an image goes with it.
  if (/^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line)) return '';
  return out;
}

/**
 * A forwarded e-mail's marker (Gmail's `---------- Forwarded message ---------`, Apple Mail's `Begin forwarded
 * message:`, Outlook's `-----Original Message-----`) and the header fields under it: what is above is the
 * forwarder's note and mailbox, the header is the mail's, and the page pasted below is the article.
 */
const FORWARDED =
  /^[ \t>]*(?:-{3,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{3,}|Begin forwarded message:)[ \t]*\n(?:[ \t>]*(?:From|Date|Sent|Subject|To|Cc|Reply-To)[ \t]*:.*\n)*/im;

/**
 * A web archive's capture: the Wayback Machine's toolbar (`The Wayback Machine - https://web.archive.org/web/
 * 20190425041907/https://...`, its captures, calendar and `About this capture` box, down to `TIMESTAMPS` /
 * `loading`). The page archived is the article; its own address is the one inside the archive's.
 */
const WAYBACK_HEAD = /^\s*The Wayback Machine - https?:\/\/web\.archive\.org\/web\/\d+\w*\/(\S+)[ \t]*\n/;
const WAYBACK_TOOLBAR_END = /^(?:[\s\S]*?\n)?[ \t]*(?:TIMESTAMPS[ \t]*\n[ \t]*loading|loading)[ \t]*\n/;

/** An archived page without the archive's toolbar, under its own address. */
function withoutArchiveToolbar(text: string): string {
  const archived = WAYBACK_HEAD.exec(text);
  if (!archived) return text;
  const rest = text.slice(archived[0].length);
  const toolbar = WAYBACK_TOOLBAR_END.exec(rest);
  const kept = toolbar && toolbar[0].split('\n').length <= 60 ? rest.slice(toolbar[0].length) : rest;
  return `URL: ${archived[1]!}\n\n${kept}`;
}

/** A forwarded e-mail's pasted page: what follows its forward marker and header. */
function forwardedPage(text: string): string {
  const forwarded = FORWARDED.exec(text);
  return forwarded ? text.slice(forwarded.index + forwarded[0].length) : text;
}

/**
 * A report quoted in an e-mail or a newsletter (`> Vladivostok (Russia) (AFP) - ...`) without the quote marks: they
 * are the mail's, the words the report's. Only when quoted lines are many (three, and a third of the text's lines,
 * or half its words).
 * When the quoted report is most of the text's words, it is the story: the writer's own paragraphs around it (an
 * introduction, the credit under it, a sign-off) go, as a reader who saved the page for the report skips them; the
 * header above the first paragraph (headline, byline, date) stays to be read.
 */
function withoutQuoteMarks(text: string, drop: DropLine): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const isQuoted = (l: string): boolean => /^[ \t]*>/.test(l);
  const quoted = lines.filter(isQuoted);
  const words = (ls: readonly string[]): number => ls.reduce((n, l) => n + wordCount(l), 0);
  const quotedMost = words(quoted) >= words(lines) / 2;
  if (quoted.length < 3 || (quoted.length < lines.length / 3 && !quotedMost)) return text;
  if (!quotedMost) return text.replace(QUOTE_MARK, '');
  const blocks = text.split(/\n[ \t]*\n/);
  const quotes = blocks.map((b) => b.split('\n').some(isQuoted));
  const first = quotes.indexOf(true);
  const last = quotes.lastIndexOf(true);
  // A paragraph of prose (a sentence of eight words or more) is the writer's introduction or sign-off, and a
  // signature (`— Maren`) theirs; the wire's credit (`— Agence France-Presse`) and the page's furniture are read as usual.
  const prose = (b: string): boolean => isProse(b, 8);
  const signature = (b: string): boolean => /^\s*[—–-]\s*\S/.test(b) && !b.includes('\n') && agencyOnlyLine(b.replace(/^\s*[—–-]\s*/, '')) === null;
  // Before the report only the paragraphs right above it are the introduction: higher up are the headline and standfirst.
  let intro = first;
  while (intro > 0 && !quotes[intro - 1] && prose(blocks[intro - 1]!)) intro -= 1;
  const own = (b: string, i: number): boolean => !quotes[i] && (i < first ? i >= intro : prose(b) || signature(b));
  const writers = "the newsletter writer's own words around the quoted report";
  const kept: string[] = [];
  for (const [i, b] of blocks.entries()) {
    if (own(b, i)) drop(b.trim().replace(/\s*\n\s*/g, ' '), writers);
    // After it, a sentence inside the page's furniture (a subscription box's `Weekly notes on ...`) is the writer's too.
    else if (i > last)
      kept.push(
        b
          .split('\n')
          .filter((l) => !(prose(l) && (drop(l.trim(), writers), true)))
          .join('\n'),
      );
    else kept.push(b);
  }
  return kept.join('\n\n').replace(QUOTE_MARK, '');
}

/** A Markdown save as its words: the front matter's fields, the logo's name as the publisher, each line read. */
function fromMarkdown(text: string): string {
  const hasHeadline = /^#[ \t]+\S/m.test(text);
  // The site's logo (an image linked to its home page) names the publisher, as a masthead line would: it goes to the header.
  const logo = [...text.matchAll(LOGO_LINK)].map((m) => m[1]!.replace(/\s+logo$/i, '').trim())[0];
  const body = text.replace(/^\s*/, '').replace(FRONT_MATTER, (_, fields: string) => frontMatterFields(fields, hasHeadline));
  return (logo ? `Publisher: ${logo}\n` : '') + body.split('\n').map(markdownLine).join('\n');
}

/** A text browser's dump without its address list, its first line of the page's <link>s, and its link markers. */
function fromTextBrowserDump(text: string): string {
  return text
    .replace(REFERENCES, '\n')
    .replace(/^[ \t]*#\[\d+\].*$/gm, '')
    .replace(LYNX_MARKER, '');
}

/** The page's words without its save tool's markup (see the module comment); a plain text unchanged. */
export function withoutSavedMarkup(raw: string, drop: DropLine = () => undefined): string {
  let text = withoutQuoteMarks(forwardedPage(withoutArchiveToolbar(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))), drop);
  if (looksLikeMarkdown(text)) text = fromMarkdown(text);
  if (PRINTED_LINKS.test(text)) text = text.replace(PRINTED_LINKS, '\n').replace(PRINTED_LINK_MARKER, '');
  if (looksLikeTextBrowserDump(text)) text = fromTextBrowserDump(text);
  return text;
}
