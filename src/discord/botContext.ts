/** What every command handler shares: the engine and the bot's short-term memory. */
import type { AnswerEngine } from '../answer/answerEngine.ts';
import { RateLimiter } from './rateLimiter.ts';
import { ReplyMemory } from './replyMemory.ts';
import { createLogger, type Logger } from './logger.ts';

export interface BotContext {
  readonly engine: AnswerEngine;
  readonly rateLimiter: RateLimiter;
  readonly replies: ReplyMemory;
  readonly log: Logger;
  /** Above this many passages a search may take a moment: replies are deferred first, within Discord's 3 s. */
  deferAbovePassages: number;
}

/** The engine is required; everything else has the bot's defaults (info logging, 5 questions per 10 s per user). */
export interface BotContextOptions {
  engine: AnswerEngine;
  log?: Logger;
  /** The per-user limit: `new RateLimiter(Infinity)` for a trusted caller (the console, the bench). */
  rateLimiter?: RateLimiter;
  replies?: ReplyMemory;
  deferAbovePassages?: number;
}

/** A context with the given engine and the defaults for whatever `options` leaves out. */
export function createBotContext(options: BotContextOptions): BotContext {
  return {
    engine: options.engine,
    rateLimiter: options.rateLimiter ?? new RateLimiter(),
    replies: options.replies ?? new ReplyMemory(),
    log: options.log ?? createLogger('info'),
    deferAbovePassages: options.deferAbovePassages ?? 5000,
  };
}
