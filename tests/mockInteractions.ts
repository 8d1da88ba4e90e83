/** Mock interactions shaped like discord.js's, recording what the handlers send. */
import type { ReplyPayload } from '../src/discord/interactions.ts';

export class MockRepliable {
  deferred = false;
  replied = false;
  readonly sent: ReplyPayload[] = [];
  constructor(readonly user = { id: 'user-1' }) {}
  async reply(p: ReplyPayload) {
    if (this.replied || this.deferred) throw new Error('Interaction already acknowledged');
    this.replied = true;
    this.sent.push(p);
  }
  async editReply(p: ReplyPayload) {
    if (!this.deferred && !this.replied) throw new Error('not acknowledged');
    this.sent.push(p);
  }
  async followUp(p: ReplyPayload) {
    this.sent.push(p);
  }
  async deferReply() {
    this.deferred = true;
  }
}

export function slash(subcommand: string, question: string | null, userId = 'user-1') {
  return Object.assign(new MockRepliable({ id: userId }), {
    options: { getSubcommand: () => subcommand, getString: (name: string) => (name === 'question' ? question : null) },
  });
}

export function buttonPress(customId: string, userId = 'user-1') {
  return Object.assign(new MockRepliable({ id: userId }), { customId });
}

export function autocompleteFor(typed: string) {
  const calls: Array<Array<{ name: string; value: string }>> = [];
  return {
    calls,
    user: { id: 'user-1' },
    options: { getFocused: () => typed, getSubcommand: () => 'ask' },
    async respond(choices: Array<{ name: string; value: string }>) {
      calls.push(choices);
    },
  };
}
