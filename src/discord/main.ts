/**
 * `npm start`: with DISCORD_TOKEN, connects to Discord and serves /summit; without it, the local console.
 * Configuration comes from `.env` (dotenv) and the environment.
 */
import 'dotenv/config';
import { createBotContext } from './botContext.ts';
import { ConfigError, readConfig, type BotConfig } from './config.ts';
import { loadCommands } from './loadCommands.ts';
import { createLogger, redactSecrets } from './logger.ts';
import { ConsoleSession, runConsole } from './localConsole.ts';
import { loadEngine, resolveSeedsDir } from '../loadEngine.ts';
import { endOnBrokenPipe } from '../cli/endOnBrokenPipe.ts';

async function main(): Promise<number> {
  let config: BotConfig;
  try {
    config = readConfig(process.env);
  } catch (err) {
    process.stderr.write(`summit-bot: ${err instanceof ConfigError ? err.message : String(err)}\n`);
    return 2;
  }
  const log = createLogger(config.logLevel, config.token ? [config.token] : []);
  // A promise nobody awaited (one bad packet or interaction deep in discord.js) is logged, never fatal.
  process.on('unhandledRejection', (reason) =>
    log.error(`unhandled rejection (still serving): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );
  const { engine, warnings, seedsDir } = await loadEngine(resolveSeedsDir(config.seedsDir));
  for (const w of warnings) log.warn(w);
  const ctx = createBotContext({ engine, log });
  const commands = await loadCommands();

  if (!config.token) {
    process.stderr.write(`No DISCORD_TOKEN set: starting the local console (articles from ${seedsDir}).\n`);
    endOnBrokenPipe();
    await runConsole(new ConsoleSession(commands, ctx), process.stdin, process.stdout, process.stdin.isTTY === true);
    return 0;
  }

  // discord.js is loaded only to connect: the console never pays for it.
  const { LoginError, startBot } = await import('./startBot.ts');
  let client;
  try {
    client = await startBot({ token: config.token, ctx, commands, apiUrl: config.apiUrl ?? undefined, loginTimeoutMs: config.loginTimeoutMs });
  } catch (err) {
    process.stderr.write(`summit-bot: ${err instanceof LoginError ? err.message : redactSecrets(String(err), [config.token])}\n`);
    // A request the login started may still be pending: nothing is left to wait for.
    process.exit(1);
  }
  const shutdown = (signal: string) => {
    log.info(`${signal}: shutting down`);
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return new Promise<number>(() => undefined);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`summit-bot: ${redactSecrets(err instanceof Error ? err.message : String(err), [process.env['DISCORD_TOKEN'] ?? ''])}\n`);
    process.exitCode = 1;
  },
);
