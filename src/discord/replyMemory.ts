/**
 * What the bot remembers of recent replies, so their buttons can page; old entries are forgotten.
 * Ids carry a random per-process prefix: a button from before a restart is unknown (expired), never
 * taken for another question's reply. Paging is per reply and per user.
 */
import { randomBytes } from 'node:crypto';
import { BoundedMap } from '../shared/boundedMap.ts';
import type { QuestionType } from '../shared/questionType.ts';

/** Users whose paging of one reply is remembered; the earliest go first. */
const MAX_PAGERS = 100;

export interface RememberedQuestion {
  question: string;
  type: QuestionType;
  /** Passages the reply itself shows: where every user's paging starts. */
  shown: number;
}

interface Entry extends RememberedQuestion {
  /** Passages shown so far to each user who paged this reply. */
  shownTo: BoundedMap<string, number>;
}

export class ReplyMemory {
  private readonly entries: BoundedMap<string, Entry>;
  private next = 0;
  /** Distinguishes this process's ids from any earlier run's. */
  readonly boot: string;

  constructor(
    readonly capacity = 1000,
    boot = randomBytes(6).toString('base64url'),
  ) {
    this.boot = boot;
    this.entries = new BoundedMap(capacity);
  }

  remember(entry: RememberedQuestion): string {
    const id = `${this.boot}.${(this.next++).toString(36)}`;
    this.entries.set(id, { ...entry, shownTo: new BoundedMap(MAX_PAGERS) });
    return id;
  }

  recall(id: string): RememberedQuestion | undefined {
    const entry = this.entries.get(id);
    return entry && { question: entry.question, type: entry.type, shown: entry.shown };
  }

  /** How many passages of this reply `userId` has seen: the reply's own, plus what they paged. */
  shownTo(id: string, userId: string): number | undefined {
    const entry = this.entries.get(id);
    return entry && (entry.shownTo.get(userId) ?? entry.shown);
  }

  markShown(id: string, userId: string, shown: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.shownTo.set(userId, shown);
  }
}
