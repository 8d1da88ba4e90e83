/**
 * A reply drawn as a Discord embed, as plain data (no discord.js import), always within Discord's limits:
 * title 256, description 4096, field value 1024, 25 fields, 6000 characters in all.
 */
import type { Reply } from '../answer/reply.ts';
import type { Article } from '../ingest/types.ts';
import { citationLabel, noAnswerText } from './citation.ts';
import { agreementLine, noShortAnswerText, printable } from './renderText.ts';
import { truncateText } from './truncate.ts';

export { sliceWhole, truncateText } from './truncate.ts';

export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  total: 6000,
  content: 2000,
} as const;

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedData {
  title: string;
  description: string;
  fields: EmbedField[];
  footer: { text: string };
  color: number;
}

const BRAND = 0x2b6cb0;
const QUIET = 0x718096;

/** Bidirectional overrides and isolates: they would reorder the text around them (a reversed title). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Users' and articles' text is shown as written, never as formatting: markdown, masked links, spoilers, code,
 * mentions and timestamps (`<@&1>`, `<t:1>`) escaped, `@everyone` broken, bidi controls dropped.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(BIDI_CONTROLS, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/([\\*_~`|[\]<])/g, '\\$1')
      // Headings, quotes, subtext and lists are markdown only at the start of a line.
      .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)\./gm, '$1\\.')
      .replace(/@/g, '@\u200b')
  );
}

/** Escaped, then cut to `max`; a cut that leaves an escaping backslash before the ellipsis drops it. */
function escapeWithin(text: string, max: number): string {
  return truncateText(escapeMarkdown(text), max).replace(/\\…$/, '…');
}

function quote(text: string, max: number): string {
  return `> ${escapeWithin(text, max - 2).replace(/\n/g, '\n> ')}`;
}

/** `[3] ` and the escaped text, within a field name. */
function numbered(n: number, text: string): string {
  const prefix = `[${n}] `;
  return `${prefix}${escapeWithin(text, DISCORD_LIMITS.fieldName - prefix.length)}`;
}

/** An address stays clickable when it is a plain http(s) URL; anything else is text. */
function shownUrl(url: string): string {
  return /^https?:\/\/[^\s<>()[\]|*_~`]+$/i.test(url) ? url : escapeMarkdown(url);
}

/** The characters Discord counts towards an embed's 6,000 limit. */
export function embedLength(e: EmbedData): number {
  return e.title.length + e.description.length + e.footer.text.length + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** The first passage shown is number `offset + 1`, so later pages keep counting. */
export function renderEmbed(reply: Reply, offset = 0): EmbedData {
  const asked = reply.question ? escapeMarkdown(reply.question) : `/summit ${reply.type}`;
  const title = truncateText(`${reply.type.toUpperCase()}: ${asked}`, DISCORD_LIMITS.title);
  if (reply.passages.length === 0) {
    return { title, description: noAnswerText(), fields: [], footer: { text: 'summit-bot quotes news reports and never guesses.' }, color: QUIET };
  }
  const lines: string[] = [];
  lines.push(reply.answer ? `**${escapeMarkdown(reply.answer)}**` : noShortAnswerText());
  if (reply.alternatives.length > 1) {
    lines.push('', 'The reports differ:');
    for (const alt of reply.alternatives) lines.push(`• ${escapeMarkdown(alt.text)} — ${alt.sources.length} report${alt.sources.length === 1 ? '' : 's'}`);
  }
  lines.push('', agreementLine(reply));
  const fields = reply.passages.slice(0, DISCORD_LIMITS.fields).map((p, i) => ({
    name: numbered(offset + i + 1, citationLabel(p.article, p.passage.paragraph)),
    value: quote(p.passage.text, DISCORD_LIMITS.fieldValue),
  }));
  const reports = new Set(reply.passages.map((p) => p.article.source)).size;
  const embed: EmbedData = {
    title,
    description: truncateText(lines.join('\n'), DISCORD_LIMITS.description),
    fields,
    footer: { text: `Answer quoted from ${reports} news report${reports === 1 ? '' : 's'}; nothing is generated.` },
    color: BRAND,
  };
  return fitTotal(embed);
}

/** Shortens the longest field until the whole embed fits in 6000 characters. */
function fitTotal(embed: EmbedData): EmbedData {
  while (embedLength(embed) > DISCORD_LIMITS.total && embed.fields.length) {
    const longest = embed.fields.reduce((a, b) => (b.value.length > a.value.length ? b : a));
    const over = embedLength(embed) - DISCORD_LIMITS.total;
    if (longest.value.length - over < 60) embed.fields.pop();
    else longest.value = truncateText(longest.value, longest.value.length - over);
  }
  return embed;
}

export function renderSourcesEmbed(articles: readonly Article[]): EmbedData {
  const fields = articles.slice(0, DISCORD_LIMITS.fields).map((a, i) => ({
    name: numbered(i + 1, a.title),
    value: truncateText(
      `${escapeMarkdown([a.publisher ?? 'Publisher not given', a.date ?? 'date not given'].join(' · '))} · ${a.passages.length} paragraph${a.passages.length === 1 ? '' : 's'}${a.url ? `\n${shownUrl(a.url)}` : ''}`,
      DISCORD_LIMITS.fieldValue,
    ),
  }));
  return fitTotal({
    title: 'Sources',
    description: `${articles.length} news report${articles.length === 1 ? '' : 's'} answer /summit questions.${articles.length > fields.length ? ` The first ${fields.length} are listed.` : ''}`,
    fields,
    footer: { text: 'Every answer is quoted from these reports.' },
    color: BRAND,
  });
}

/** An embed drawn as terminal text: what the local console shows. */
export function embedToText(embed: EmbedData): string {
  const plain = (text: string): string => text.replace(/\\(.)/g, '$1').replace(/@\u200b/g, '@');
  const parts = [plain(embed.title), plain(embed.description.replace(/(?<!\\)\*\*/g, ''))];
  for (const f of embed.fields) parts.push(`${plain(f.name)}\n${plain(f.value)}`);
  parts.push(embed.footer.text);
  return printable(parts.join('\n\n'));
}
