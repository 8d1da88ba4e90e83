/**
 * The parts of discord.js interactions the handlers use. discord.js's own interaction classes fit these
 * shapes, and so do the mock interactions of the tests and the local console.
 */
import { MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';

export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIButtonComponent>>;
  flags?: number;
  allowedMentions?: { parse: [] };
}

interface Repliable {
  readonly user: { id: string };
  readonly deferred: boolean;
  readonly replied: boolean;
  reply(payload: ReplyPayload): Promise<unknown>;
  editReply(payload: ReplyPayload): Promise<unknown>;
  followUp(payload: ReplyPayload): Promise<unknown>;
}

export interface SlashInteraction extends Repliable {
  readonly options: {
    getSubcommand(): string;
    getString(name: string): string | null;
  };
  deferReply(options?: { flags?: number }): Promise<unknown>;
}

export interface ButtonInteractionLike extends Repliable {
  readonly customId: string;
}

export interface AutocompleteInteractionLike {
  readonly user: { id: string };
  readonly options: { getFocused(): string; getSubcommand(): string };
  respond(choices: Array<{ name: string; value: string }>): Promise<unknown>;
}

export const EPHEMERAL = MessageFlags.Ephemeral;
export const NO_MENTIONS = { parse: [] as [] };
/** Said to a button the bot no longer knows (from before a restart, or too old to remember): one wording everywhere. */
export const EXPIRED_BUTTON = 'This button has expired (the bot restarted, or the reply is old). Ask again with `/summit`.';

/** The one way a handler answers: mentions never parsed, reply or edit as the interaction's state needs. */
export async function respond(interaction: Repliable & { deferred: boolean }, payload: ReplyPayload): Promise<void> {
  const safe = { ...payload, allowedMentions: NO_MENTIONS };
  if (interaction.deferred) {
    const { flags: _ephemeralIsFixedAtDefer, ...rest } = safe;
    await interaction.editReply(rest);
  } else if (interaction.replied) await interaction.followUp(safe);
  else await interaction.reply(safe);
}
