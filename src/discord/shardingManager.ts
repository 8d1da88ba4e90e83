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
const RUNTIME_FLAGS = ['--max-semi-space-size=8'];

// Beside this file: main.js when built, main.ts (through tsx) when run from source.
const here = fileURLToPath(import.meta.url);
const ext = path.extname(here);
const manager = new ShardingManager(path.join(path.dirname(here), `main${ext}`), {
  token: config.token,
  totalShards: config.shardCount,
  // Each shard runs as `npm start` does: a smaller young generation keeps it near 200 MB among many articles.
  execArgv: [...RUNTIME_FLAGS, ...(ext === '.ts' ? ['--import', 'tsx'] : [])],
});
manager.on('shardCreate', (shard) => process.stderr.write(`launched shard ${shard.id}\n`));
await manager.spawn();
