/** Issue #11: a hostile pass over the edges. Each test reproduces one row of the table. */
import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord-api-types/v10';
import { parseQuestionLine } from '../src/cli/parseQuestionLine.ts';
import { loadCommands } from '../src/discord/loadCommands.ts';
import { createBotContext, type BotContext } from '../src/discord/botContext.ts';
import { createLogger } from '../src/discord/logger.ts';
import { routeInteraction } from '../src/discord/routeInteraction.ts';
import { ConsoleSession } from '../src/discord/localConsole.ts';
import { renderText } from '../src/render/renderText.ts';
import { embedToText, escapeMarkdown, renderEmbed, renderSourcesEmbed, sliceWhole, truncateText, type EmbedData } from '../src/render/renderEmbed.ts';
import { cleanArticle } from '../src/ingest/cleanArticle.ts';
import { AnswerEngine } from '../src/answer/answerEngine.ts';
import type { ReplyPayload } from '../src/discord/interactions.ts';
import { autocompleteFor, buttonPress, slash } from '../src/discord/mockInteractions.ts';
import { seedEngine } from './helpers.ts';

const engine = await seedEngine();
const commands = await loadCommands();
const logLines: string[] = [];
const newContext = () => createBotContext({ engine, log: createLogger('warn', [], (l) => logLines.push(l)) });
const run = async (interaction: ReturnType<typeof slash>, ctx = newContext()) => {
  await routeInteraction({ kind: 'command', commandName: 'summit', interaction }, commands, ctx);
  return interaction.sent;
};

describe('#9 --type applies to JSON lines too', () => {
  it('a JSON line without a type takes --type; its own type still wins', () => {
    expect(parseQuestionLine('{"question":"greeted Kim at the border"}', 'where')).toEqual({
      ok: true,
      request: { question: 'greeted Kim at the border', type: 'where' },
    });
    expect(parseQuestionLine('{"question":"greeted Kim at the border","type":null}', 'where')).toMatchObject({ request: { type: 'where' } });
    expect(parseQuestionLine('{"question":"greeted Kim at the border","type":"who"}', 'where')).toMatchObject({ request: { type: 'who' } });
  });
});

describe('#17 lines that are JSON but not objects', () => {
  it.each(['[1,2,3]', '42', 'null', 'true', ' -3.5e2 '])('%s is an error, not a question', (line) => {
    expect(parseQuestionLine(line)).toEqual({ ok: false, error: 'expected a JSON object' });
  });

  it('plain questions that merely start with a digit are still questions', () => {
    expect(parseQuestionLine('42 people met Kim?')).toMatchObject({ ok: true });
  });
});

describe('#17 the Discord layer says what is wrong', () => {
  it('an unknown subcommand is named, not called an empty question', async () => {
    const [payload] = await run(slash('weather', null));
    expect(payload).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(payload!.content).toMatch(/don't know \/summit weather/);
  });

  it('one paragraph is "1 paragraph"', () => {
    const article = cleanArticle('a.txt', 'Short news\n\nThe mayor opened the new bridge on Monday after six years of work.\n');
    expect(article.passages).toHaveLength(1);
    expect(renderSourcesEmbed([article]).fields[0]!.value).toMatch(/· 1 paragraph$/);
  });
});

/** True when a string holds a lone surrogate, which Discord refuses as invalid UTF-8 once encoded. */
const hasLoneSurrogate = (s: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('#10 text is never cut inside a surrogate pair', () => {
  it('autocomplete on 50 emoji and an x suggests whole emoji only', async () => {
    const ac = autocompleteFor(`${'😀'.repeat(50)}x`);
    await routeInteraction({ kind: 'autocomplete', commandName: 'summit', interaction: ac }, commands, newContext());
    const choices = ac.calls[0]!;
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(hasLoneSurrogate(c.name)).toBe(false);
      expect(hasLoneSurrogate(c.value)).toBe(false);
    }
  });

  it('truncateText and sliceWhole at every length keep pairs whole', () => {
    const text = `${'😀'.repeat(40)} ${'𝔸'.repeat(40)}`;
    for (let max = 1; max <= text.length; max += 1) {
      expect(hasLoneSurrogate(truncateText(text, max))).toBe(false);
      expect(truncateText(text, max).length).toBeLessThanOrEqual(max);
      expect(hasLoneSurrogate(sliceWhole(text, max))).toBe(false);
    }
  });
});

describe('#3 the local console is not rate-limited', () => {
  it('answers 30 questions in a row', async () => {
    const session = new ConsoleSession(commands, newContext());
    for (let i = 0; i < 30; i += 1) {
      const out = await session.handle('/summit who');
      expect(out).not.toMatch(/asking quickly/);
      expect(out).toMatch(/Kim/);
    }
  });

  it('Discord keeps its per-user limit', async () => {
    const ctx = newContext();
    for (let i = 0; i < 5; i += 1) await run(slash('who', null, 'u'), ctx);
    expect((await run(slash('who', null, 'u'), ctx))[0]!.content).toMatch(/asking quickly/);
  });
});

describe('#16 passages without a short answer say so in words', () => {
  it('at the console, in the embed and in the terminal reply', async () => {
    const reply = engine.ask('did the two leaders meet', 'where');
    expect(reply.answer).toBeNull();
    expect(reply.passages.length).toBeGreaterThan(0);
    const console = await new ConsoleSession(commands, newContext()).handle('/summit where question: did the two leaders meet');
    expect(console.split('\n\n')[1]).toMatch(/^No short answer/);
    expect(renderEmbed(reply).description).toMatch(/^No short answer/);
    expect(renderText(reply).split('\n')[1]).toMatch(/^No short answer/);
  });
});

describe('#4 #5 button state belongs to the reply and the user', () => {
  const question = 'Why did Kim meet Putin for summit talks in Russia?';
  const moreId = (payload: ReplyPayload): string => {
    const button = payload.components![0]!.components[0]!;
    return 'custom_id' in button ? button.custom_id : '';
  };
  const press = async (customId: string, userId: string, ctx: BotContext) => {
    const b = buttonPress(customId, userId);
    await routeInteraction({ kind: 'button', interaction: b }, commands, ctx);
    return b.sent[0]!;
  };
  const firstField = (p: { embeds?: unknown[] }) => (p.embeds?.[0] as EmbedData | undefined)?.fields[0]?.name ?? '';

  it('user B paging user A’s reply does not move A’s place', async () => {
    const ctx = newContext();
    const [reply] = await run(slash('ask', question, 'alice'), ctx);
    const id = moreId(reply!);
    expect(firstField(await press(id, 'bob', ctx))).toMatch(/^\[4\] /);
    expect(firstField(await press(id, 'alice', ctx))).toMatch(/^\[4\] /);
    const aliceAgain = await press(id, 'alice', ctx);
    expect(aliceAgain.embeds ? firstField(aliceAgain) : aliceAgain.content).toMatch(/^\[7\] |No more passages/);
  });

  it('after a restart, an old button says it expired instead of paging another question', async () => {
    const before = newContext();
    const [old] = await run(slash('ask', question), before);
    const restarted = newContext();
    // The new process answers its own questions first: ids that restart at 0 would collide.
    await run(slash('ask', 'Who directs the Moscow Carnegie Centre?'), restarted);
    await run(slash('where', 'did Kim cross into Russia'), restarted);
    const page = await press(moreId(old!), 'user-1', restarted);
    expect(page.embeds).toBeUndefined();
    expect(page).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(page.content).toMatch(/expired/);
  });
});

describe('#15 quoted article text is shown as text in embeds', () => {
  const hostile = [
    'Hostile \u202Eelgnis\u202C <t:1700000000:R> title',
    '',
    'The mayor <@&999> opened the bridge, see [link](http://evil.example), ||spoiler||, ```js alert(1)``` and **bold** as @everyone heard.',
    '',
    '# Heading the mayor wrote',
  ].join('\n');
  /** `token` appears somewhere not preceded by an escaping backslash. */
  const raw = (s: string, token: string): boolean =>
    s
      .split(token)
      .slice(0, -1)
      .some((before) => !before.endsWith('\\'));

  it('in quotes, citation titles and the sources list', () => {
    const articles = [cleanArticle('h.txt', hostile)];
    const reply = new AnswerEngine(articles).ask('What did the mayor open?', null);
    expect(reply.passages.length).toBeGreaterThan(0);
    const e = renderEmbed(reply);
    const sources = renderSourcesEmbed(articles);
    const shown = [...e.fields.flatMap((f) => [f.name, f.value]), ...sources.fields.flatMap((f) => [f.name, f.value])].join('\n');
    expect(shown).toMatch(/mayor/);
    expect(shown).toContain('elgnis');
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    for (const token of ['<@&', '<t:', '[link]', '||', '```', '**', '@everyone']) expect(raw(shown, token), token).toBe(false);
    // The local console draws the same embed as the plain text it quotes.
    expect(embedToText(e)).toContain('<@&999>');
    // A Markdown link in a saved page is read as its words (src/ingest/savedMarkup.ts): its address never reaches a reply.
    expect(embedToText(e)).toContain('see link,');
    expect(shown).not.toContain('evil.example');
  });

  it('escapes only what would format: hyphens and numbers mid-line stay as they are', () => {
    expect(escapeMarkdown('Kim Jong-un met 2 leaders.')).toBe('Kim Jong-un met 2 leaders.');
    expect(escapeMarkdown('- item\n1. first\n# h')).toBe('\\- item\n1\\. first\n\\# h');
  });
});

describe('terminal output obeys no control characters from an article', () => {
  it('an escape sequence in a quoted passage is shown, not run', () => {
    const articles = [cleanArticle('e.txt', 'Escapes\n\nThe mayor \u001b[2J\u001b]0;pwned\u0007 opened the new bridge on Monday.\n')];
    const reply = new AnswerEngine(articles).ask('Who opened the new bridge?', null);
    expect(reply.passages.length).toBeGreaterThan(0);
    for (const out of [renderText(reply), embedToText(renderEmbed(reply))]) {
      expect(out).toMatch(/mayor/);
      // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});
