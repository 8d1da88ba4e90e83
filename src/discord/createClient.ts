/** The discord.js client: Guilds intent only, mentions never parsed on any message, interactions routed. */
import { Client, Events, GatewayIntentBits, Routes, type ClientOptions } from 'discord.js';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type { BotContext } from './botContext.ts';
import type { CommandModule } from './loadCommands.ts';
import { NO_MENTIONS } from './interactions.ts';
import { APOLOGY, routeInteraction } from './routeInteraction.ts';

export function createClient(commands: ReadonlyMap<string, CommandModule>, ctx: BotContext, extra: Partial<ClientOptions> = {}): Client {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, ...extra });
  client.once(Events.ClientReady, (ready) => ctx.log.info(`ready as ${ready.user.tag}, serving ${ctx.engine.articles.length} articles`));
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void routeInteraction({ kind: 'command', commandName: interaction.commandName, interaction }, commands, ctx);
    else if (interaction.isButton()) void routeInteraction({ kind: 'button', interaction }, commands, ctx);
    else if (interaction.isAutocomplete()) void routeInteraction({ kind: 'autocomplete', commandName: interaction.commandName, interaction }, commands, ctx);
  });
  client.on(Events.Error, (err) => ctx.log.error(`client error: ${err.message}`));
  client.on(Events.ShardError, (err, id) => ctx.log.error(`shard ${id} error: ${err.message}`));
  client.on(Events.ShardDisconnect, (_event, id) => ctx.log.warn(`shard ${id} disconnected`));
  guardPackets(client, ctx);
  return client;
}

interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/**
 * discord.js throws on some malformed dispatches (an interaction without `data`, a GUILD_CREATE of null), and
 * the throw would end the process. One bad packet costs only itself: it is logged, and a bad interaction that
 * can be answered gets the ephemeral apology.
 */
function guardPackets(client: Client, ctx: BotContext): void {
  // `handlePacket` is private in discord.js's typings; every dispatch (and the queue before READY) goes through it.
  const ws = client.ws as unknown as { handlePacket(packet?: RawPacket, shard?: unknown): boolean };
  const handle = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    try {
      return handle(packet, shard);
    } catch (err) {
      ctx.log.error(`ignored a malformed ${packet?.t ?? 'gateway'} packet: ${err instanceof Error ? err.message : String(err)}`);
      if (packet?.t === 'INTERACTION_CREATE') void apologize(client, packet.d, ctx);
      return true;
    }
  };
}

async function apologize(client: Client, d: unknown, ctx: BotContext): Promise<void> {
  const raw = (d ?? {}) as { id?: unknown; token?: unknown; type?: unknown };
  // Autocomplete and pings cannot be answered with a message.
  const answerable =
    raw.type === InteractionType.ApplicationCommand || raw.type === InteractionType.MessageComponent || raw.type === InteractionType.ModalSubmit;
  if (typeof raw.id !== 'string' || typeof raw.token !== 'string' || !answerable) return;
  try {
    await client.rest.post(Routes.interactionCallback(raw.id, raw.token), {
      body: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: APOLOGY, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
      },
      auth: false,
    });
  } catch (err) {
    ctx.log.error(`could not send the apology: ${err instanceof Error ? err.message : String(err)}`);
  }
}
