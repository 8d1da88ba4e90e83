/** Configuration from the environment (`.env` through dotenv), checked so a bad value names its variable. */
import { LOG_LEVELS, type LogLevel } from './logger.ts';

/** An http(s) URL (the REST base); anything else is a configuration error. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export interface BotConfig {
  token: string | null;
  clientId: string | null;
  guildId: string | null;
  seedsDir: string | null;
  logLevel: LogLevel;
  shardCount: number;
  /** `DISCORD_API_URL`: another REST base (the fake Discord in tests). */
  apiUrl: string | null;
  /** `LOGIN_TIMEOUT_MS`: how long a login that hears nothing waits (default 15 s). */
  loginTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SNOWFLAKE = /^\d{17,20}$/;

/** The bot's settings from the environment; a malformed value throws a ConfigError naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv): BotConfig {
  const get = (name: string): string | null => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  const token = get('DISCORD_TOKEN');
  if (token !== null && (/\s/.test(token) || token.length < 20))
    throw new ConfigError('DISCORD_TOKEN is malformed: copy the bot token from the Developer Portal (Bot → Reset Token)');
  const clientId = get('DISCORD_CLIENT_ID');
  if (clientId !== null && !SNOWFLAKE.test(clientId)) throw new ConfigError('DISCORD_CLIENT_ID must be the application ID, 17 to 20 digits');
  const guildId = get('DISCORD_GUILD_ID');
  if (guildId !== null && !SNOWFLAKE.test(guildId)) throw new ConfigError('DISCORD_GUILD_ID must be a server ID, 17 to 20 digits');
  const level = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const shards = get('SHARD_COUNT') ?? '1';
  if (!/^\d+$/.test(shards) || Number(shards) < 1 || Number(shards) > 1000) throw new ConfigError('SHARD_COUNT must be a whole number from 1 to 1000');
  const apiUrl = get('DISCORD_API_URL');
  if (apiUrl !== null && !isHttpUrl(apiUrl))
    throw new ConfigError(`DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, not ${JSON.stringify(apiUrl.slice(0, 100))}`);
  const timeout = get('LOGIN_TIMEOUT_MS') ?? '15000';
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > 600_000)
    throw new ConfigError('LOGIN_TIMEOUT_MS must be a whole number of milliseconds from 1 to 600000');
  return {
    token,
    clientId,
    guildId,
    seedsDir: get('SEEDS_DIR'),
    logLevel: level as LogLevel,
    shardCount: Number(shards),
    apiUrl,
    loginTimeoutMs: Number(timeout),
  };
}
