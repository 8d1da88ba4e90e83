/**
 * The bot without Discord: lines such as `/summit where question: did Kim step off his train` go through the
 * same command handlers via mock interactions, and each reply is drawn as text.
 */
import { createInterface } from 'node:readline';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Readable, Writable } from 'node:stream';
import type { BotContext } from './botContext.ts';
import type { CommandModule } from './loadCommands.ts';
import type { ReplyPayload } from './interactions.ts';
import { buttonPress, slash } from './mockInteractions.ts';
import { RateLimiter } from './rateLimiter.ts';
import { routeInteraction } from './routeInteraction.ts';
import { embedToText, type EmbedData } from '../render/renderEmbed.ts';

export const CONSOLE_USAGE = 'usage: /summit who|when|where|why|what|how [question: TEXT]  ·  /summit ask question: TEXT  ·  /summit sources  ·  /summit more';

export interface ParsedCommandLine {
  command: string;
  subcommand: string;
  question: string | null;
}

/** `/summit where question: did Kim step off his train` -> command, subcommand, question. */
export function parseConsoleLine(line: string): ParsedCommandLine | null {
  const m = /^\/(\w+)\s+(\w+)(?:\s+(?:question:\s*)?(.*))?$/i.exec(line.trim());
  if (!m) return null;
  const question = m[3]?.trim() ?? '';
  return { command: m[1]!.toLowerCase(), subcommand: m[2]!.toLowerCase(), question: question || null };
}

/** Draws what a mock interaction was sent: content and embeds as text, button labels in brackets. */
export function payloadToText(payload: ReplyPayload): string {
  const parts: string[] = [];
  if (payload.content) parts.push(payload.content);
  for (const e of payload.embeds ?? []) parts.push(embedToText(e as EmbedData));
  const labels = (payload.components ?? []).flatMap((row) => row.components.map((b) => ('label' in b ? `[${b.label}]` : '')));
  if (labels.length) parts.push(labels.join(' '));
  return parts.join('\n\n');
}

const CONSOLE_USER = 'console-user';

/** The subcommand names a command module defines (`who`, ..., `sources`), read from its definition. */
function subcommandsOf(command: CommandModule): string[] | null {
  const json = command.data.toJSON() as { options?: Array<{ type: ApplicationCommandOptionType; name: string }> };
  const subs = (json.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand).map((o) => o.name);
  return subs.length ? subs : null;
}

export class ConsoleSession {
  private lastMoreButton: string | null = null;
  private readonly ctx: BotContext;

  constructor(
    private readonly commands: ReadonlyMap<string, CommandModule>,
    ctx: BotContext,
  ) {
    // One trusted user at a keyboard (or a script piped in): Discord's per-user rate limit does not apply.
    this.ctx = { ...ctx, rateLimiter: new RateLimiter(Infinity) };
  }

  /** Answers one line; returns the text to show. */
  async handle(line: string): Promise<string> {
    const parsed = parseConsoleLine(line);
    if (!parsed) return `Sorry, I couldn't read that.\n${CONSOLE_USAGE}`;
    if (parsed.subcommand === 'more' && parsed.command === 'summit') {
      if (!this.lastMoreButton) return 'Ask a question first; then /summit more shows more passages.';
      const button = buttonPress(this.lastMoreButton, CONSOLE_USER);
      await routeInteraction({ kind: 'button', interaction: button }, this.commands, this.ctx);
      return button.sent.map(payloadToText).join('\n\n');
    }
    const command = this.commands.get(parsed.command);
    if (!command) return `I don't know /${parsed.command}.\n${CONSOLE_USAGE}`;
    const interaction = slash(parsed.subcommand, parsed.question, CONSOLE_USER);
    const known = subcommandsOf(command);
    if (known && !known.includes(parsed.subcommand)) return `Unknown subcommand "${parsed.subcommand}".\n${CONSOLE_USAGE}`;
    if (parsed.subcommand === 'ask' && !parsed.question) return `/summit ask needs a question.\n${CONSOLE_USAGE}`;
    await routeInteraction({ kind: 'command', commandName: parsed.command, interaction }, this.commands, this.ctx);
    const more = interaction.sent
      .flatMap((p) => p.components ?? [])
      .flatMap((r) => r.components)
      .find((b) => 'custom_id' in b && b.custom_id.includes(':more:'));
    if (more && 'custom_id' in more) this.lastMoreButton = more.custom_id;
    return interaction.sent.map(payloadToText).join('\n\n');
  }
}

/** Reads lines until end of input; interactive when a terminal is attached. */
export async function runConsole(session: ConsoleSession, input: Readable, output: Writable, interactive: boolean): Promise<void> {
  const rl = createInterface({ input, terminal: false });
  if (interactive) output.write(`${CONSOLE_USAGE}\n> `);
  for await (const line of rl) {
    if (line.trim()) output.write(`${await session.handle(line)}\n\n`);
    if (interactive) output.write('> ');
  }
}
