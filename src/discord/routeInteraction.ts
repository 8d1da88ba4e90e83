/** Sends each interaction to its command module; a failing handler is logged and answered with an apology. */
import type { BotContext } from './botContext.ts';
import type { CommandModule } from './loadCommands.ts';
import { EPHEMERAL, EXPIRED_BUTTON, respond, type AutocompleteInteractionLike, type ButtonInteractionLike, type SlashInteraction } from './interactions.ts';

export type RoutedInteraction =
  | { kind: 'command'; commandName: string; interaction: SlashInteraction }
  | { kind: 'button'; interaction: ButtonInteractionLike }
  | { kind: 'autocomplete'; commandName: string; interaction: AutocompleteInteractionLike };

export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

export async function routeInteraction(routed: RoutedInteraction, commands: ReadonlyMap<string, CommandModule>, ctx: BotContext): Promise<void> {
  try {
    if (routed.kind === 'autocomplete') {
      const command = commands.get(routed.commandName);
      await (command?.autocomplete ? command.autocomplete(routed.interaction, ctx) : routed.interaction.respond([]));
      return;
    }
    if (routed.kind === 'button') {
      const command = commands.get(routed.interaction.customId.split(':')[0] ?? '');
      if (!command?.button) {
        await respond(routed.interaction, { content: EXPIRED_BUTTON, flags: EPHEMERAL });
        return;
      }
      await command.button(routed.interaction, ctx);
      return;
    }
    const command = commands.get(routed.commandName);
    if (!command) {
      await respond(routed.interaction, { content: `I don't know the command /${routed.commandName}. Try /summit.`, flags: EPHEMERAL });
      return;
    }
    await command.execute(routed.interaction, ctx);
  } catch (err) {
    ctx.log.error(`handler failed (${routed.kind}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (routed.kind === 'autocomplete') return;
    try {
      await respond(routed.interaction, { content: APOLOGY, flags: EPHEMERAL });
    } catch (sendErr) {
      ctx.log.error(`could not send the apology: ${sendErr instanceof Error ? sendErr.message : String(sendErr)}`);
    }
  }
}
