/** Logs the real discord.js client in; the bot, the demo and the end-to-end tests all start it this way. */
import type { Client } from 'discord.js';
import type { BotContext } from './botContext.ts';
import { createClient } from './createClient.ts';
import type { CommandModule } from './loadCommands.ts';
import { redactSecrets } from './logger.ts';

export interface StartOptions {
  token: string;
  ctx: BotContext;
  commands: ReadonlyMap<string, CommandModule>;
  /** REST base, e.g. `http://127.0.0.1:PORT/api`; Discord's own when absent. The gateway URL comes from it. */
  apiUrl?: string | undefined;
}

export class LoginError extends Error {
  override name = 'LoginError';
}

export async function startBot({ token, ctx, commands, apiUrl }: StartOptions): Promise<Client> {
  const client = createClient(commands, ctx, apiUrl ? { rest: { api: apiUrl } } : {});
  try {
    await client.login(token);
  } catch (err) {
    await client.destroy();
    throw new LoginError(`could not log in to Discord: ${redactSecrets(err instanceof Error ? err.message : String(err), [token])}`);
  }
  return client;
}
