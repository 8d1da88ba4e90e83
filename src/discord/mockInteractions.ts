/**
 * Interactions without Discord, shaped like discord.js's and recording what the handlers send: the local console
 * answers through them, and so do the tests. Like discord.js, a second reply or an edit before any reply throws.
 */
import type { AutocompleteInteractionLike, ButtonInteractionLike, ReplyPayload, SlashInteraction } from './interactions.ts';

export class MockRepliable {
  deferred = false;
  replied = false;
  readonly sent: ReplyPayload[] = [];
  constructor(readonly user = { id: 'user-1' }) {}
  reply(p: ReplyPayload): Promise<void> {
    if (this.replied || this.deferred) return Promise.reject(new Error('Interaction already acknowledged'));
    this.replied = true;
    this.sent.push(p);
    return Promise.resolve();
  }
  editReply(p: ReplyPayload): Promise<void> {
    if (!this.deferred && !this.replied) return Promise.reject(new Error('not acknowledged'));
    this.replied = true;
    this.sent.push(p);
    return Promise.resolve();
  }
  followUp(p: ReplyPayload): Promise<void> {
    this.sent.push(p);
    return Promise.resolve();
  }
  deferReply(): Promise<void> {
    this.deferred = true;
    return Promise.resolve();
  }
}

export type MockSlash = MockRepliable & SlashInteraction;
export type MockButton = MockRepliable & ButtonInteractionLike;

/** `/command subcommand question: ...` as one user asks it. */
export function slash(subcommand: string, question: string | null, userId = 'user-1'): MockSlash {
  return Object.assign(new MockRepliable({ id: userId }), {
    options: { getSubcommand: () => subcommand, getString: (name: string) => (name === 'question' ? question : null) },
  });
}

/** A press of the button with this custom id. */
export function buttonPress(customId: string, userId = 'user-1'): MockButton {
  return Object.assign(new MockRepliable({ id: userId }), { customId });
}

/** Typing `typed` into `/summit ask`'s question; `calls` records each list of suggestions offered. */
export function autocompleteFor(typed: string): AutocompleteInteractionLike & { calls: Array<Array<{ name: string; value: string }>> } {
  const calls: Array<Array<{ name: string; value: string }>> = [];
  return {
    calls,
    user: { id: 'user-1' },
    options: { getFocused: () => typed, getSubcommand: () => 'ask' },
    respond(choices: Array<{ name: string; value: string }>): Promise<void> {
      calls.push(choices);
      return Promise.resolve();
    },
  };
}
