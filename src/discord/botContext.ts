/** What every command handler shares: the engine and the bot's short-term memory. */
import type { AnswerEngine } from '../answer/answerEngine.ts';
import { RateLimiter } from './rateLimiter.ts';
import { ReplyMemory } from './replyMemory.ts';
import { createLogger, type Logger } from './logger.ts';

export interface BotContext {
  engine: AnswerEngine;
  rateLimiter: RateLimiter;
  replies: ReplyMemory;
  log: Logger;
  /** Above this many passages a search may take a moment: replies are deferred first, within Discord's 3 s. */
  deferAbovePassages: number;
}

export function createBotContext(engine: AnswerEngine, log: Logger = createLogger('info')): BotContext {
  return { engine, rateLimiter: new RateLimiter(), replies: new ReplyMemory(), log, deferAbovePassages: 5000 };
}
