/**
 * The real discord.js Client, started as the bot starts it, against the fake Discord on 127.0.0.1:
 * registration, every subcommand, autocomplete, buttons, and recovery from REST and gateway faults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { GatewayOpcodes, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { Client } from 'discord.js';
import { APPLICATION_ID, FAKE_TOKEN, FakeDiscord, GUILD_ID, checkMessage, type Answer } from '../tools/fake-discord/fakeDiscord.ts';
import { startBot } from '../src/discord/startBot.ts';
import { createBotContext } from '../src/discord/botContext.ts';
import { RateLimiter } from '../src/discord/rateLimiter.ts';
import { createLogger } from '../src/discord/logger.ts';
import { loadCommands } from '../src/discord/loadCommands.ts';
import { seedEngine } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

let fake: FakeDiscord;
let client: Client;
let ctx: ReturnType<typeof createBotContext>;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatInterval: 400 });
  // A generous limit: these tests are one user asking many questions on purpose.
  ctx = createBotContext({ engine: await seedEngine(), log: createLogger('silent'), rateLimiter: new RateLimiter(1000) });
  client = await startBot({ token: FAKE_TOKEN, ctx, commands: await loadCommands(), apiUrl: fake.apiUrl });
  await fake.whenReady();
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
});

/** Runs a script asynchronously: the fake Discord lives in this process and must keep answering. */
function run(script: string, env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [path.join(root, script)], { encoding: 'utf8', cwd: root, timeout: 25_000, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

const text = (a: Answer): string =>
  [
    a.data.content ?? '',
    ...(a.data.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ].join('\n');

async function answered(subcommand: string, question?: string): Promise<Answer> {
  return fake.slash(subcommand, question).answer;
}

describe('deploy-commands', () => {
  const deploy = (env: Record<string, string>) =>
    run('src/discord/deployCommands.ts', { DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, ...env });

  it('registers /summit in the guild, or globally', async () => {
    const guild = await deploy({ DISCORD_GUILD_ID: GUILD_ID });
    expect(guild.status).toBe(0);
    expect(guild.stdout).toMatch(/Registered 1 command\(s\) in guild/);
    const body = fake.registered.get(`guild:${GUILD_ID}`) as Array<{ name: string; options: Array<{ name: string }> }>;
    expect(body.map((c) => c.name)).toEqual(['summit']);
    expect(body[0]!.options.map((o) => o.name)).toEqual(['who', 'when', 'where', 'why', 'what', 'how', 'ask', 'sources']);
    expect((await deploy({ DISCORD_GUILD_ID: '' })).status).toBe(0);
    expect(fake.registered.has('global')).toBe(true);
    const put = fake.requests.filter((r) => r.method === 'PUT');
    expect(put.every((r) => r.authorized)).toBe(true);
  });
});

describe('every subcommand through the gateway and REST', () => {
  it.each([
    ['who', undefined, /Kim/],
    ['when', 'did Kim cross the border into Russia', /Wednesday/],
    ['where', "in which city did Kim's train arrive", /Vladivostok/],
    ['why', 'has the Kremlin been sidelined', /amid the two/],
    ['what', 'did Kim tell Rossiya 24', /warm feelings/],
    ['how', 'long was the train journey from Pyongyang', /682km/],
    ['ask', 'Who directs the Moscow Carnegie Centre?', /Trenin/],
  ])('/summit %s %s', async (sub, question, want) => {
    const answer = await answered(sub, question);
    expect(answer.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(answer.data.embeds![0]!.description).toMatch(want);
    expect(text(answer)).toMatch(/\[1\] .+¶\d+/);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    expect(checkMessage(answer.data)).toBeNull();
  });

  it('/summit sources lists the articles', async () => {
    const answer = await answered('sources');
    expect(answer.data.embeds![0]!.title).toBe('Sources');
    expect(answer.data.embeds![0]!.fields).toHaveLength(3);
  });

  it('an unanswerable question says so', async () => {
    expect(text(await answered('ask', 'Who painted the Mona Lisa?'))).toMatch(/don't cover that/);
  });

  it('autocomplete responds with choices', async () => {
    const answer = await fake.autocomplete('ask', 'bread and salt').answer;
    expect(answer.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(answer.data.choices!.length).toBeGreaterThan(1);
    expect(answer.data.choices!.every((c) => c.name.length <= 100)).toBe(true);
  });

  it('the buttons page and list sources', async () => {
    const first = await answered('why', 'did Kim meet Putin for summit talks in Russia');
    const [more, sources] = first.data.components![0]!.components;
    const page = await fake.press(more!.custom_id!, first.data).answer;
    expect(page.data.embeds![0]!.fields![0]!.name).toMatch(/^\[4\] /);
    const list = await fake.press(sources!.custom_id!, first.data).answer;
    expect(list.data.embeds![0]!.title).toBe('Sources');
  });
});

describe('deferred replies and acknowledgements', () => {
  it('a deferred reply (type 5) is completed by editing @original', async () => {
    ctx.deferAbovePassages = 0;
    try {
      const { id, answer } = fake.slash('where', "in which city did Kim's train arrive");
      const done = await answer;
      expect(done.type).toBe(5);
      expect(done.data.embeds![0]!.description).toMatch(/Vladivostok/);
      const calls = fake.requests.filter((r) => r.path.includes(`/interactions/${id}/`) || r.path.includes('/messages/@original'));
      expect(calls.map((r) => r.method).slice(-2)).toEqual(['POST', 'PATCH']);
    } finally {
      ctx.deferAbovePassages = 5000;
    }
  });

  it('Discord refuses a second acknowledgement of one interaction', async () => {
    const { id, token, answer } = fake.slash('who');
    await answer;
    const again = await fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'twice' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 40060 });
  });
});

describe('faults', () => {
  it('a 429 on the callback is waited out and the interaction still answered', async () => {
    fake.faults.callback429 = 0.2;
    const { id, answer } = fake.slash('who');
    expect(text(await answer)).toMatch(/Kim/);
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`)).length).toBe(2);
  });

  it('a 500 is retried', async () => {
    fake.faults.callback500 = 1;
    const { id, answer } = fake.slash('where', "in which city did Kim's train arrive");
    expect(text(await answer)).toMatch(/Vladivostok/);
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`)).length).toBe(2);
  });

  it('a slow REST reply still gets answered', async () => {
    fake.faults.slowRestMs = 1200;
    try {
      expect(text(await answered('who'))).toMatch(/Kim/);
    } finally {
      fake.faults.slowRestMs = 0;
    }
  });

  it('closed with 4000, the client resumes and answers the next interaction', async () => {
    const resumed = fake.nextOp(GatewayOpcodes.Resume);
    fake.closeGateway(4000);
    await resumed;
    await fake.whenReady();
    expect(text(await answered('who'))).toMatch(/Kim/);
  });

  it('closed with 1000, the client identifies again and answers', async () => {
    const identified = fake.nextOp(GatewayOpcodes.Identify);
    fake.closeGateway(1000);
    await identified;
    await fake.whenReady();
    expect(text(await answered('sources'))).toMatch(/Sources/);
  });

  it('with heartbeat ACKs withheld, the client drops the zombie connection and resumes', async () => {
    const resumed = fake.nextOp(GatewayOpcodes.Resume);
    fake.faults.withholdAcks = true;
    await resumed;
    fake.faults.withholdAcks = false;
    await fake.whenReady();
    expect(text(await answered('who'))).toMatch(/Kim/);
  });

  it('RECONNECT (op 7) and INVALID_SESSION (op 9) are recovered from', async () => {
    const resumed = fake.nextOp(GatewayOpcodes.Resume);
    fake.sendReconnect();
    await resumed;
    await fake.whenReady();
    expect(text(await answered('who'))).toMatch(/Kim/);
    const identified = fake.nextOp(GatewayOpcodes.Identify);
    fake.sendInvalidSession(false);
    await identified;
    await fake.whenReady();
    expect(text(await answered('who'))).toMatch(/Kim/);
  });

  it('an unknown command and an unknown button get an ephemeral answer', async () => {
    const unknown = await fake.slash('who', undefined, 'weather').answer;
    expect(unknown.data.flags).toBe(64);
    expect(unknown.data.content).toMatch(/don't know the command \/weather/);
    const button = await fake.press('something:else:1').answer;
    expect(button.data.flags).toBe(64);
    expect(button.data.content).toMatch(/expired/);
  });

  it('malformed dispatches cost only themselves: an apology for the interaction, and the bot stays up (#6)', async () => {
    const bad = await fake.interact(null, 2).answer;
    expect(bad.data.flags).toBe(MessageFlags.Ephemeral);
    expect(bad.data.content).toMatch(/Sorry, something went wrong/);
    fake.dispatchRaw('GUILD_CREATE', null);
    fake.dispatchRaw('INTERACTION_CREATE', null);
    fake.interact(null, 4);
    expect(text(await answered('who'))).toMatch(/Kim/);
  });

  it('Discord refuses an embed over its limits and a second acknowledgement', () => {
    expect(checkMessage({ embeds: [{ title: 'x'.repeat(257) }] })).toMatchObject({ code: 50035 });
    expect(
      checkMessage({
        embeds: [
          {
            description: 'x'.repeat(4000),
            fields: [
              { name: 'a', value: 'y'.repeat(1024) },
              { name: 'b', value: 'y'.repeat(1024) },
            ],
          },
        ],
      }),
    ).toMatchObject({ code: 50035 });
  });
});

describe('a bad token', () => {
  it('exits non-zero with a clear message and no token in it', async () => {
    const badToken = 'wrongwrongwrongwrongwrong.Wrong1.wrongwrongwrongwrongwrongwrongwrong';
    const r = await run('src/discord/main.ts', { DISCORD_TOKEN: badToken, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'error' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not log in to Discord: An invalid token was provided/);
    expect(r.stderr).toMatch(/Check DISCORD_TOKEN/);
    expect(r.stderr).not.toMatch(/DISCORD_API_URL/);
    expect(r.stderr).not.toContain(badToken);
  });

  it("start:sharded stops at once with the shard's reason, no stack trace (#8)", async () => {
    const badToken = 'wrongwrongwrongwrongwrong.Wrong1.wrongwrongwrongwrongwrong';
    const r = await run('src/discord/shardingManager.ts', { DISCORD_TOKEN: badToken, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '2', LOG_LEVEL: 'error' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/An invalid token was provided\. Check DISCORD_TOKEN/);
    expect(r.stderr).toMatch(/start:sharded: shard 0 exited with code 1 before it was ready/);
    expect(r.stderr).not.toMatch(/ShardingReadyTimeout|\n\s+at /);
    expect(r.stderr).not.toContain(badToken);
  });
});
