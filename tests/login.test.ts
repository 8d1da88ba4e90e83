/** Issue #11 row 14: a failed login names its real cause, and a login that hears nothing gives up. All on 127.0.0.1. */
import { afterAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { LoginError, startBot } from '../src/discord/startBot.ts';
import { createBotContext } from '../src/discord/botContext.ts';
import { createLogger } from '../src/discord/logger.ts';
import { readConfig } from '../src/discord/config.ts';
import { FAKE_TOKEN } from '../tools/fake-discord/fakeDiscord.ts';
import { seedEngine } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
const ctx = createBotContext({ engine: await seedEngine(), log: createLogger('silent') });
const sockets: net.Socket[] = [];
const servers: net.Server[] = [];

async function listen(onConnection?: (s: net.Socket) => void): Promise<number> {
  const server = net.createServer((s) => {
    sockets.push(s);
    onConnection?.(s);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

async function loginError(apiUrl: string, loginTimeoutMs?: number): Promise<string> {
  try {
    const client = await startBot({ token: FAKE_TOKEN, ctx, commands: new Map(), apiUrl, ...(loginTimeoutMs ? { loginTimeoutMs } : {}) });
    await client.destroy();
  } catch (err) {
    expect(err).toBeInstanceOf(LoginError);
    return (err as Error).message;
  }
  throw new Error('login succeeded');
}

describe('login failures name their cause', () => {
  it('a closed port: connection refused, check DISCORD_API_URL', async () => {
    const port = await listen();
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const message = await loginError(`http://127.0.0.1:${port}/api`);
    expect(message).toMatch(/refused/);
    expect(message).toMatch(/DISCORD_API_URL/);
    expect(message).not.toMatch(/DISCORD_TOKEN/);
  });

  it('a port that never answers: gives up at the login timeout, says so, names DISCORD_API_URL', async () => {
    const port = await listen(() => undefined);
    const message = await loginError(`http://127.0.0.1:${port}/api`, 300);
    expect(message).toMatch(/timed out|no answer/);
    expect(message).toMatch(/DISCORD_API_URL/);
    expect(message).not.toMatch(/DISCORD_TOKEN/);
  });

  it('not a URL: says so, at start-up and at login', async () => {
    expect(() => readConfig({ DISCORD_API_URL: 'not a url' })).toThrow(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(() => readConfig({ LOGIN_TIMEOUT_MS: 'soon' })).toThrow(/LOGIN_TIMEOUT_MS/);
    expect(readConfig({ DISCORD_API_URL: 'http://127.0.0.1:1/api' })).toMatchObject({ apiUrl: 'http://127.0.0.1:1/api', loginTimeoutMs: 15_000 });
    const message = await loginError('not a url');
    expect(message).toMatch(/DISCORD_API_URL is not a valid http\(s\) URL/);
    expect(message).not.toMatch(/DISCORD_TOKEN/);
  });

  it('npm start with DISCORD_API_URL not a URL exits 2 naming it', async () => {
    const r = await run('src/discord/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: 'not a url' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(r.stderr).not.toContain(FAKE_TOKEN);
  });

  it('deploy-commands against a server that never answers gives up at the timeout, naming DISCORD_API_URL', async () => {
    const port = await listen(() => undefined);
    const r = await run('src/discord/deployCommands.ts', {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: '111111111111111111',
      DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
      LOGIN_TIMEOUT_MS: '300',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not register the commands: the connection timed out .*Check DISCORD_API_URL/);
    expect(r.stderr).not.toContain(FAKE_TOKEN);
  });
});

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, script)],
      { cwd: root, timeout: 20_000, env: { ...process.env, ...env } },
      (err, _out, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr });
      },
    );
  });
}
