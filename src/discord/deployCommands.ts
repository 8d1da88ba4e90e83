/** `npm run deploy-commands`: registers the commands through REST, in DISCORD_GUILD_ID when set, else globally. */
import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { ConfigError, readConfig } from './config.ts';
import { loadCommands } from './loadCommands.ts';
import { redactSecrets } from './logger.ts';
import { explainLoginFailure } from './startBot.ts';

async function main(): Promise<number> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (err) {
    process.stderr.write(`deploy-commands: ${err instanceof ConfigError ? err.message : String(err)}\n`);
    return 2;
  }
  if (!config.token || !config.clientId) {
    process.stderr.write('deploy-commands: set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example)\n');
    return 2;
  }
  const body = [...(await loadCommands()).values()].map((c) => c.data.toJSON());
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  let timer: NodeJS.Timeout | undefined;
  // A server that never answers would otherwise hold this for a minute of retries.
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${Math.round(config.loginTimeoutMs / 100) / 10} s`), { code: 'ETIMEDOUT' })),
      config.loginTimeoutMs,
    );
  });
  try {
    await Promise.race([rest.put(route, { body }), silence]);
  } catch (err) {
    process.stderr.write(
      `deploy-commands: could not register the commands: ${redactSecrets(explainLoginFailure(err, config.apiUrl ?? undefined), [config.token])}\n`,
    );
    return 1;
  } finally {
    clearTimeout(timer);
  }
  process.stdout.write(
    `Registered ${body.length} command(s) ${config.guildId ? `in guild ${config.guildId}` : 'globally (may take up to an hour to appear)'}.\n`,
  );
  return 0;
}

void main().then((code) => {
  // A request still pending after a failure must not keep the process up.
  process.exit(code);
});
