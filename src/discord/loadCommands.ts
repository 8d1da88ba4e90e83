/** Finds every command module in `commands/`, as the discord.js guide's loader does. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BotContext } from './botContext.ts';
import type { AutocompleteInteractionLike, ButtonInteractionLike, SlashInteraction } from './interactions.ts';

export interface CommandModule {
  data: { name: string; toJSON(): unknown };
  execute(interaction: SlashInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteractionLike, ctx: BotContext): Promise<void>;
  button?(interaction: ButtonInteractionLike, ctx: BotContext): Promise<void>;
}

export const COMMANDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'commands');

function isCommandModule(value: unknown): value is CommandModule {
  const m = value as Partial<CommandModule> | null;
  return !!m && typeof m.execute === 'function' && !!m.data && typeof m.data.name === 'string' && typeof m.data.toJSON === 'function';
}

export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, CommandModule>> {
  const commands = new Map<string, CommandModule>();
  const files = (await readdir(dir)).filter((f) => /\.(?:ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommandModule(mod)) throw new Error(`commands/${file} must export "data" (a SlashCommandBuilder) and "execute"`);
    commands.set(mod.data.name, mod);
  }
  return commands;
}
