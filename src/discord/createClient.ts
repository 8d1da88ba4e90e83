/** The discord.js client: Guilds intent only, mentions never parsed on any message, interactions routed. */
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { BotContext } from './botContext.ts';
import type { CommandModule } from './loadCommands.ts';
import { routeInteraction } from './routeInteraction.ts';

export function createClient(commands: ReadonlyMap<string, CommandModule>, ctx: BotContext, extra: Partial<ClientOptions> = {}): Client {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, ...extra });
  client.once(Events.ClientReady, (ready) => ctx.log.info(`ready as ${ready.user.tag}, serving ${ctx.engine.articles.length} articles`));
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void routeInteraction({ kind: 'command', commandName: interaction.commandName, interaction }, commands, ctx);
    else if (interaction.isButton()) void routeInteraction({ kind: 'button', interaction }, commands, ctx);
    else if (interaction.isAutocomplete()) void routeInteraction({ kind: 'autocomplete', commandName: interaction.commandName, interaction }, commands, ctx);
  });
  client.on(Events.Error, (err) => ctx.log.error(`client error: ${err.message}`));
  client.on(Events.ShardDisconnect, (_event, id) => ctx.log.warn(`shard ${id} disconnected`));
  return client;
}
