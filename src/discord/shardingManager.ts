/** `npm run start:sharded`: discord.js's ShardingManager over `main.ts`, SHARD_COUNT shards (explicit: `auto` asks Discord). */
import 'dotenv/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, readConfig } from './config.ts';
import { redactSecrets } from './logger.ts';

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
const token = config.token;
const RUNTIME_FLAGS = ['--max-semi-space-size=8'];

// Beside this file: main.js when built, main.ts (through tsx) when run from source.
const here = fileURLToPath(import.meta.url);
const ext = path.extname(here);
const manager = new ShardingManager(path.join(path.dirname(here), `main${ext}`), {
  token,
  totalShards: config.shardCount,
  // Each shard runs as `npm start` does: a smaller young generation keeps it near 200 MB among many articles.
  execArgv: [...RUNTIME_FLAGS, ...(ext === '.ts' ? ['--import', 'tsx'] : [])],
});

let stopping = false;

/** Stops every shard and exits with a one-line reason (the shard has already said why on stderr). */
function giveUp(reason: string): void {
  // Killing a shard emits its `death` again.
  if (stopping) return;
  stopping = true;
  process.stderr.write(`start:sharded: ${redactSecrets(reason, [token])}; stopping.\n`);
  for (const shard of manager.shards.values()) shard.kill();
  process.exit(1);
}

manager.on('shardCreate', (shard) => {
  process.stderr.write(`launched shard ${shard.id}\n`);
  // A shard that dies before it is ready (a bad token, an unreachable API) will not do better on a respawn.
  shard.on('death', (child) => {
    if (!shard.ready)
      giveUp(
        `shard ${shard.id} exited${'exitCode' in child && child.exitCode !== null ? ` with code ${child.exitCode}` : ''} before it was ready (its message is above)`,
      );
  });
});

try {
  // A shard logs in or gives up within its own login timeout; this waits a little longer for READY.
  await manager.spawn({ timeout: config.loginTimeoutMs + 15_000 });
} catch (err) {
  const name = err instanceof Error && 'code' in err ? String(err.code) : '';
  giveUp(name === 'ShardingReadyTimeout' ? 'a shard was not ready in time' : `could not start the shards: ${err instanceof Error ? err.message : String(err)}`);
}
