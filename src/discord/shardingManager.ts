/** `npm run start:sharded`: discord.js's ShardingManager over `main.ts`, SHARD_COUNT shards (explicit: `auto` asks Discord). */
import 'dotenv/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, readConfig } from './config.ts';

let config;
try {
  config = readConfig(process.env);
} catch (err) {
  process.stderr.write(`start:sharded: ${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(2);
}
if (!config.token) {
  process.stderr.write('start:sharded: DISCORD_TOKEN is required to run shards\n');
  process.exit(2);
}
const manager = new ShardingManager(path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts'), {
  token: config.token,
  totalShards: config.shardCount,
  execArgv: ['--import', 'tsx'],
});
manager.on('shardCreate', (shard) => process.stderr.write(`launched shard ${shard.id}\n`));
await manager.spawn();
