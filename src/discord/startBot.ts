/** Logs the real discord.js client in; the bot, the demo and the end-to-end tests all start it this way. */
import type { Client } from 'discord.js';
import type { BotContext } from './botContext.ts';
import { createClient } from './createClient.ts';
import type { CommandModule } from './loadCommands.ts';
import { redactSecrets } from './logger.ts';
import { isHttpUrl } from './config.ts';

export interface StartOptions {
  token: string;
  ctx: BotContext;
  commands: ReadonlyMap<string, CommandModule>;
  /** REST base, e.g. `http://127.0.0.1:PORT/api`; Discord's own when absent. The gateway URL comes from it. */
  apiUrl?: string | undefined;
  /** A login that hears nothing gives up after this long (default 15 s). */
  loginTimeoutMs?: number;
}

export const LOGIN_TIMEOUT_MS = 15_000;

export class LoginError extends Error {
  override name = 'LoginError';
}

/** The first `code` on an error or its causes (`ECONNREFUSED`, `TokenInvalid`, …). */
function errorCode(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((e as { status?: unknown }).status === 401) return 'TokenInvalid';
  }
  return null;
}

/** Says what went wrong in words, naming the setting to check: only a refused token names DISCORD_TOKEN. */
export function explainLoginFailure(err: unknown, apiUrl: string | undefined): string {
  const where = apiUrl ? `DISCORD_API_URL (${apiUrl})` : 'the network connection to Discord';
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'TokenInvalid' || /\b401\b|invalid token/i.test(message)) return `${message.replace(/\.$/, '')}. Check DISCORD_TOKEN.`;
  if (code === 'ERR_INVALID_URL' || /invalid url/i.test(message)) return `DISCORD_API_URL is not a valid URL (${apiUrl ?? ''}). Check DISCORD_API_URL.`;
  if (code === 'ECONNREFUSED') return `the connection was refused (${message}). Check ${where}: is anything listening there?`;
  if (code && ['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET'].includes(code))
    return `the server is unreachable (${message}). Check ${where}.`;
  if (code && ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ABORT_ERR'].includes(code))
    return `the connection timed out (${message}). Check ${where}.`;
  return `${message}. Check ${where}, and DISCORD_TOKEN if the server is right.`;
}

export async function startBot({ token, ctx, commands, apiUrl, loginTimeoutMs = LOGIN_TIMEOUT_MS }: StartOptions): Promise<Client> {
  if (apiUrl !== undefined && !isHttpUrl(apiUrl))
    throw new LoginError(`could not log in to Discord: DISCORD_API_URL is not a valid http(s) URL (${apiUrl}). Check DISCORD_API_URL.`);
  const client = createClient(commands, ctx, apiUrl ? { rest: { api: apiUrl } } : {});
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${Math.round(loginTimeoutMs / 100) / 10} s`), { code: 'ETIMEDOUT' })),
      loginTimeoutMs,
    );
  });
  try {
    await Promise.race([client.login(token), silence]);
  } catch (err) {
    await client.destroy();
    throw new LoginError(`could not log in to Discord: ${redactSecrets(explainLoginFailure(err, apiUrl), [token])}`);
  } finally {
    clearTimeout(timer);
  }
  return client;
}
