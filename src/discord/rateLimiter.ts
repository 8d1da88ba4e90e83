/** A per-user sliding window: at most `max` questions in `windowMs`. */
import { BoundedMap } from '../shared/boundedMap.ts';

/** Users remembered at once; past it the least recently active go, but only once their window has passed. */
const MAX_USERS = 10_000;

export class RateLimiter {
  // Evicting a user still inside their window would reset their limit: only quiet users are forgotten.
  private readonly seen = new BoundedMap<string, number[]>(MAX_USERS, {
    recency: 'use',
    canEvict: (times) => times.every((x) => this.now() - x >= this.windowMs),
  });

  constructor(
    readonly max = 5,
    readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question; false when the user is over the limit (the question is not counted then). */
  take(userId: string): boolean {
    const t = this.now();
    const recent = (this.seen.get(userId) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) {
      this.seen.set(userId, recent);
      return false;
    }
    recent.push(t);
    this.seen.set(userId, recent);
    return true;
  }

  /** Seconds until the user may ask again. */
  retryAfter(userId: string): number {
    const oldest = this.seen.get(userId)?.[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }
}
