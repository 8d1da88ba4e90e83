/** The /summit command through the real handlers and mock interactions: replies, buttons, autocomplete, limits, config, console. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCommands } from '../src/discord/loadCommands.ts';
import { createBotContext } from '../src/discord/botContext.ts';
import { createLogger } from '../src/discord/logger.ts';
import { routeInteraction } from '../src/discord/routeInteraction.ts';
import { readConfig } from '../src/discord/config.ts';
import { RateLimiter } from '../src/discord/rateLimiter.ts';
import { ConsoleSession, parseConsoleLine } from '../src/discord/localConsole.ts';
import { DISCORD_LIMITS, embedLength, renderEmbed, truncateText, type EmbedData } from '../src/render/renderEmbed.ts';
import { EPHEMERAL } from '../src/discord/interactions.ts';
import { autocompleteFor, buttonPress, slash } from '../src/discord/mockInteractions.ts';
import { seedEngine } from './helpers.ts';

const engine = await seedEngine();
const commands = await loadCommands();
const logLines: string[] = [];
const newContext = () => createBotContext({ engine, log: createLogger('error', [], (l) => logLines.push(l)) });
const run = async (interaction: ReturnType<typeof slash>, ctx = newContext()) => {
  await routeInteraction({ kind: 'command', commandName: 'summit', interaction }, commands, ctx);
  return interaction.sent;
};
const embedOf = (p: { embeds?: unknown[] }) => p.embeds![0] as EmbedData;

function withinLimits(e: EmbedData) {
  expect(e.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
  expect(e.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  expect(e.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
  for (const f of e.fields) {
    expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  }
  expect(embedLength(e)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
}

describe('the /summit definition', () => {
  it('has the subcommands and options the issue names', () => {
    const json = commands.get('summit')!.data.toJSON() as {
      name: string;
      options: Array<{ name: string; options?: Array<{ name: string; required?: boolean; autocomplete?: boolean; max_length?: number }> }>;
    };
    expect(json.name).toBe('summit');
    expect(json.options.map((o) => o.name)).toEqual(['who', 'when', 'where', 'why', 'what', 'how', 'ask', 'sources']);
    for (const sub of json.options.slice(0, 6)) expect(sub.options![0]).toMatchObject({ name: 'question', autocomplete: true, max_length: 300 });
    expect(json.options[6]!.options![0]).toMatchObject({ name: 'question', required: true });
    expect(json.options[7]!.options ?? []).toEqual([]);
  });
});

describe('/summit replies', () => {
  it.each([
    ['who', null, /Kim/],
    ['when', null, /Wednesday|Thursday|April/],
    ['where', "in which city did Kim's train arrive", /Vladivostok/],
    ['why', 'has the Kremlin been sidelined', /amid the two/],
    ['what', 'did Kim tell Rossiya 24', /warm feelings/],
    ['how', 'long was the train journey from Pyongyang', /682km/],
    ['ask', 'Who directs the Moscow Carnegie Centre?', /Trenin/],
  ])('%s %s', async (sub, question, want) => {
    const [payload, ...rest] = await run(slash(sub, question));
    expect(rest).toEqual([]);
    const e = embedOf(payload!);
    expect(e.description).toMatch(want);
    expect(e.fields.length).toBeGreaterThan(0);
    expect(e.fields[0]!.name).toMatch(/^\[1\] .+, ¶\d+$/);
    expect(e.fields[0]!.value.startsWith('> ')).toBe(true);
    expect(e.footer.text).toMatch(/quoted from \d news reports?/i);
    expect(payload!.allowedMentions).toEqual({ parse: [] });
    withinLimits(e);
  });

  it('lists the sources', async () => {
    const [payload] = await run(slash('sources', null));
    const e = embedOf(payload!);
    expect(e.fields.map((f) => f.name)).toEqual(engine.articles.map((a, i) => `[${i + 1}] ${a.title}`));
    expect(e.fields[0]!.value).toMatch(/The Financial Express · 2019-04-25 · 29 paragraphs/);
  });

  it('says the articles do not cover an unanswerable question, and suggests sources', async () => {
    const [payload] = await run(slash('ask', 'Who painted the Mona Lisa?'));
    expect(embedOf(payload!).description).toMatch(/don't cover that.*\/summit sources/);
    expect(payload!.components).toBeUndefined();
  });

  it('escapes markdown and pings nobody', async () => {
    const [payload] = await run(slash('ask', '@everyone **who** met _Putin_?'));
    const e = embedOf(payload!);
    expect(e.title).toContain('@\u200beveryone');
    expect(e.title).toContain('\\*\\*who\\*\\*');
    expect(payload!.allowedMentions).toEqual({ parse: [] });
  });

  it('answers a bad question ephemerally', async () => {
    const [payload] = await run(slash('ask', '?!?'));
    expect(payload).toMatchObject({ flags: EPHEMERAL });
    expect(payload!.content).toMatch(/only punctuation/);
  });
});

describe('buttons', () => {
  it('pages with More passages and lists Sources', async () => {
    const ctx = newContext();
    const [first] = await run(slash('ask', 'Why did Kim meet Putin for summit talks in Russia?'), ctx);
    const ids = first!.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids[0]).toMatch(/^summit:more:/);
    const more = buttonPress(ids[0]!);
    await routeInteraction({ kind: 'button', interaction: more }, commands, ctx);
    const page = embedOf(more.sent[0]!);
    expect(page.fields[0]!.name).toMatch(/^\[4\] /);
    const shown = new Set(embedOf(first!).fields.map((f) => f.value));
    for (const f of page.fields) expect(shown.has(f.value)).toBe(false);
    const sources = buttonPress(ids[1]!);
    await routeInteraction({ kind: 'button', interaction: sources }, commands, ctx);
    expect(embedOf(sources.sent[0]!).title).toBe('Sources');
  });

  it('says an old or unknown button has expired', async () => {
    for (const id of ['summit:more:zzz', 'nothing:here']) {
      const b = buttonPress(id);
      await routeInteraction({ kind: 'button', interaction: b }, commands, newContext());
      expect(b.sent[0]).toMatchObject({ flags: EPHEMERAL });
      expect(b.sent[0]!.content).toMatch(/expired/);
    }
  });
});

describe('autocomplete', () => {
  it('suggests up to 25 choices of at most 100 characters from the articles', async () => {
    const ac = autocompleteFor('bread and salt');
    await routeInteraction({ kind: 'autocomplete', commandName: 'summit', interaction: ac }, commands, newContext());
    const choices = ac.calls[0]!;
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(choices.slice(1).some((c) => /bread and salt/.test(c.name))).toBe(true);
  });
});

describe('reliability', () => {
  it('rate-limits a user to 5 questions in 10 s, politely and ephemerally', async () => {
    const ctx = newContext();
    for (let i = 0; i < 5; i += 1) expect((await run(slash('who', null, 'fast'), ctx))[0]!.embeds).toBeDefined();
    const [limited] = await run(slash('who', null, 'fast'), ctx);
    expect(limited).toMatchObject({ flags: EPHEMERAL });
    expect(limited!.content).toMatch(/wait \d+ seconds?/);
    expect((await run(slash('who', null, 'someone-else'), ctx))[0]!.embeds).toBeDefined();
  });

  it('frees the window as time passes', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect([limiter.take('u'), limiter.take('u'), limiter.take('u')]).toEqual([true, true, false]);
    now = 1001;
    expect(limiter.take('u')).toBe(true);
  });

  it('logs a handler error and answers with an ephemeral apology', async () => {
    const ctx = newContext();
    const broken = Object.assign(slash('who', null), {
      options: {
        getSubcommand: () => {
          throw new Error('boom');
        },
        getString: () => null,
      },
    });
    await routeInteraction({ kind: 'command', commandName: 'summit', interaction: broken }, commands, ctx);
    expect(broken.sent[0]).toMatchObject({ flags: EPHEMERAL });
    expect(broken.sent[0]!.content).toMatch(/Sorry/);
    expect(logLines.some((l) => l.includes('boom'))).toBe(true);
  });
});

describe('rendering within Discord limits', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateText('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(truncateText('short', 12)).toBe('short');
  });

  it('keeps any answer for any question within every limit, and never pings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(null, 'who', 'when', 'where', 'why', 'what', 'how'), (q, type) => {
        const e = renderEmbed(engine.ask(`${q} Kim Putin summit`, type));
        withinLimits(e);
        expect(`${e.title}${e.description}`).not.toMatch(/@(everyone|here)/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('configuration', () => {
  it('names the variable that is malformed and never echoes the token', () => {
    expect(() => readConfig({ DISCORD_CLIENT_ID: 'abc' })).toThrow(/DISCORD_CLIENT_ID/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => readConfig({ SHARD_COUNT: 'auto' })).toThrow(/SHARD_COUNT/);
    const secret = 'bad token with spaces 1234567890';
    try {
      readConfig({ DISCORD_TOKEN: secret });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/DISCORD_TOKEN/);
      expect((err as Error).message).not.toContain(secret);
    }
    expect(readConfig({})).toMatchObject({ token: null, logLevel: 'info', shardCount: 1 });
  });
});

describe('local console', () => {
  it('parses /summit lines', () => {
    expect(parseConsoleLine('/summit where question: did Kim step off his train')).toEqual({
      command: 'summit',
      subcommand: 'where',
      question: 'did Kim step off his train',
    });
    expect(parseConsoleLine('/summit who')).toEqual({ command: 'summit', subcommand: 'who', question: null });
    expect(parseConsoleLine('hello')).toBeNull();
  });

  it('answers a script of lines through the same handler, with citations', async () => {
    const session = new ConsoleSession(commands, newContext());
    const who = await session.handle('/summit who');
    expect(who).toMatch(/Kim/);
    expect(who).toMatch(/¶\d+/);
    expect(who).toMatch(/The Financial Express|BSS\/AFP/);
    expect(await session.handle('/summit ask question: Who directs the Moscow Carnegie Centre?')).toMatch(/Trenin/);
    expect(await session.handle('/summit sources')).toMatch(/29 paragraphs/);
    await session.handle('/summit why question: did Kim meet Putin for summit talks in Russia');
    expect(await session.handle('/summit more')).toMatch(/\[4\]/);
    expect(await session.handle('what is this')).toMatch(/usage:/);
    expect(await session.handle('/summit ask')).toMatch(/needs a question/);
  });
});
