/** What the bot remembers of recent replies, so their buttons can page; old entries are forgotten. */
import type { QuestionType } from '../answer/questionType.ts';

export interface RememberedQuestion {
  question: string;
  type: QuestionType;
  /** Passages already shown. */
  shown: number;
}

export class ReplyMemory {
  private readonly entries = new Map<string, RememberedQuestion>();
  private next = 0;

  constructor(readonly capacity = 1000) {}

  remember(entry: RememberedQuestion): string {
    const id = (this.next++).toString(36);
    this.entries.set(id, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return id;
  }

  recall(id: string): RememberedQuestion | undefined {
    return this.entries.get(id);
  }
}
