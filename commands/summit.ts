/**
 * `/summit`: who, when, where, why, what, how (optional question), ask (required question), sources.
 * One module, as in the discord.js guide: `data` is the definition, `execute` the handler;
 * `autocomplete` and `button` serve the same command's suggestions and buttons.
 */
import { SlashCommandBuilder } from '@discordjs/builders';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { QUESTION_TYPES, isQuestionType, type QuestionType } from '../src/shared/questionType.ts';
import { questionProblem } from '../src/answer/questionProblem.ts';
import { renderEmbed, renderSourcesEmbed, sliceWhole, truncateText } from '../src/render/renderEmbed.ts';
import type { BotContext } from '../src/discord/botContext.ts';
import {
  EPHEMERAL,
  EXPIRED_BUTTON,
  respond,
  type AutocompleteInteractionLike,
  type ButtonInteractionLike,
  type ReplyPayload,
  type SlashInteraction,
} from '../src/discord/interactions.ts';

export const QUESTION_MAX_LENGTH = 300;
const PAGE_SIZE = 3;

const TYPE_HELP: Record<QuestionType, string> = {
  who: 'Who was involved',
  when: 'When it happened',
  where: 'Where it happened',
  why: 'Why it happened',
  what: 'What happened',
  how: 'How, how many, how much',
};

const builder = new SlashCommandBuilder().setName('summit').setDescription('Answers from news reports on the summit, quoted and cited');
for (const type of QUESTION_TYPES) {
  builder.addSubcommand((sub) =>
    sub
      .setName(type)
      .setDescription(TYPE_HELP[type])
      .addStringOption((o) => o.setName('question').setDescription('Your question (optional)').setMaxLength(QUESTION_MAX_LENGTH).setAutocomplete(true)),
  );
}
builder.addSubcommand((sub) =>
  sub
    .setName('ask')
    .setDescription('Ask any question about the summit')
    .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(QUESTION_MAX_LENGTH).setAutocomplete(true)),
);
builder.addSubcommand((sub) => sub.setName('sources').setDescription('The news reports the answers come from'));

export const data = builder;

const buttonId = (action: 'more' | 'sources', memoryId: string): string => `summit:${action}:${memoryId}`;

function buttons(memoryId: string, morePossible: boolean): ReplyPayload['components'] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'More passages', custom_id: buttonId('more', memoryId), disabled: !morePossible },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Sources', custom_id: buttonId('sources', memoryId) },
      ],
    },
  ];
}

/** Answers one `/summit` subcommand: a typed question, `ask`, or `sources`; rate-limited and validated first. */
export async function execute(interaction: SlashInteraction, ctx: BotContext): Promise<void> {
  const sub = interaction.options.getSubcommand();
  if (sub === 'sources') {
    await respond(interaction, { embeds: [renderSourcesEmbed(ctx.engine.articles)] });
    return;
  }
  // A stale registration or a forged payload can name a subcommand this code no longer has.
  if (sub !== 'ask' && !isQuestionType(sub)) {
    await respond(interaction, { content: `I don't know /summit ${sub}. Try /summit who, when, where, why, what, how, ask or sources.`, flags: EPHEMERAL });
    return;
  }
  if (!ctx.rateLimiter.take(interaction.user.id)) {
    const wait = ctx.rateLimiter.retryAfter(interaction.user.id);
    await respond(interaction, { content: `You're asking quickly! Please wait ${wait} second${wait === 1 ? '' : 's'} and try again.`, flags: EPHEMERAL });
    return;
  }
  const question = (interaction.options.getString('question') ?? '').trim();
  const type: QuestionType | null = isQuestionType(sub) ? sub : null;
  const problem = questionProblem(question, type);
  if (problem) {
    await respond(interaction, { content: `I can't ask that: ${problem}.`, flags: EPHEMERAL });
    return;
  }
  if (ctx.engine.index.passages.length > ctx.deferAbovePassages) await interaction.deferReply();
  // One passage beyond the page tells whether `More passages` has anything to show.
  const probe = ctx.engine.ask(question, type, PAGE_SIZE + 1);
  const reply = { ...probe, passages: probe.passages.slice(0, PAGE_SIZE) };
  if (reply.passages.length === 0) {
    await respond(interaction, { embeds: [renderEmbed(reply)] });
    return;
  }
  const memoryId = ctx.replies.remember({ question, type: reply.type, shown: reply.passages.length });
  await respond(interaction, { embeds: [renderEmbed(reply)], components: buttons(memoryId, probe.passages.length > PAGE_SIZE) });
}

/** `More passages` shows the next three; `Sources` lists the articles. */
export async function button(interaction: ButtonInteractionLike, ctx: BotContext): Promise<void> {
  const [, action, memoryId] = interaction.customId.split(':');
  if (action === 'sources') {
    await respond(interaction, { embeds: [renderSourcesEmbed(ctx.engine.articles)], flags: EPHEMERAL });
    return;
  }
  const remembered = action === 'more' && memoryId !== undefined ? ctx.replies.recall(memoryId) : undefined;
  const shown = remembered && memoryId !== undefined ? ctx.replies.shownTo(memoryId, interaction.user.id) : undefined;
  if (!remembered || shown === undefined || memoryId === undefined) {
    await respond(interaction, { content: EXPIRED_BUTTON, flags: EPHEMERAL });
    return;
  }
  // Each user pages the reply on their own: another reader's presses never move this one's place.
  const reply = ctx.engine.ask(remembered.question, remembered.type, shown + PAGE_SIZE);
  const page = { ...reply, passages: reply.passages.slice(shown) };
  if (page.passages.length === 0) {
    await respond(interaction, { content: 'No more passages answer this question.', flags: EPHEMERAL });
    return;
  }
  ctx.replies.markShown(memoryId, interaction.user.id, shown + page.passages.length);
  await respond(interaction, { embeds: [renderEmbed(page, shown)], flags: EPHEMERAL });
}

/** Up to 25 suggestions, each at most 100 characters: sentences of the articles that match what is typed. */
export async function autocomplete(interaction: AutocompleteInteractionLike, ctx: BotContext): Promise<void> {
  const typed = sliceWhole(interaction.options.getFocused().trim(), QUESTION_MAX_LENGTH);
  const suggestions = new Set<string>();
  if (typed) suggestions.add(truncateText(typed, 100));
  const hits = typed ? ctx.engine.index.find(typed, { limit: 25 }) : [];
  for (const hit of hits) suggestions.add(truncateText(hit.sentences[hit.bestSentence]?.text ?? hit.passage.text, 100));
  if (!typed) for (const a of ctx.engine.articles) suggestions.add(truncateText(a.title, 100));
  await interaction.respond(
    [...suggestions]
      .filter(Boolean)
      .slice(0, 25)
      .map((s) => ({ name: s, value: s })),
  );
}
