/**
 * `npm run demo`: the fake Discord and the real bot on 127.0.0.1, a handful of questions, and each reply
 * printed as a user would see it. No Discord account, no network.
 */
import { FAKE_TOKEN, FakeDiscord, type Answer } from '../tools/fake-discord/fakeDiscord.ts';
import { createBotContext } from '../src/discord/botContext.ts';
import { createLogger } from '../src/discord/logger.ts';
import { loadCommands } from '../src/discord/loadCommands.ts';
import { startBot } from '../src/discord/startBot.ts';
import { loadEngine, resolveSeedsDir } from '../src/loadEngine.ts';
import { embedToText, type EmbedData } from '../src/render/renderEmbed.ts';

const QUESTIONS: Array<[string, string | undefined]> = [
  ['who', undefined],
  ['when', undefined],
  ['where', 'did Kim cross into Russia'],
  ['why', undefined],
  ['ask', 'Who painted the Mona Lisa?'],
];

function show(answer: Answer): string {
  const parts = [answer.data.content ?? '', ...(answer.data.embeds ?? []).map((e) => embedToText(e as EmbedData))];
  const buttons = (answer.data.components ?? []).flatMap((r) => r.components.map((b) => `[${b.label ?? ''}]`));
  if (buttons.length) parts.push(buttons.join(' '));
  return parts.filter(Boolean).join('\n\n');
}

const fake = await FakeDiscord.start();
const { engine } = await loadEngine(resolveSeedsDir());
const client = await startBot({
  token: FAKE_TOKEN,
  ctx: createBotContext({ engine, log: createLogger('warn') }),
  commands: await loadCommands(),
  apiUrl: fake.apiUrl,
});
await fake.whenReady();
process.stdout.write(`summit-bot is connected to a fake Discord at ${fake.apiUrl} (loopback only).\n`);
try {
  for (const [sub, question] of QUESTIONS) {
    process.stdout.write(`\n━━━ /summit ${sub}${question ? ` question: ${question}` : ''}\n\n`);
    process.stdout.write(`${show(await fake.slash(sub, question).answer)}\n`);
  }
} finally {
  await client.destroy();
  await fake.stop();
}
