/** The bounded cache every memo shares, and the rate limiter's use of it: an active user is never forgotten. */
import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../src/shared/boundedMap.ts';
import { RateLimiter } from '../src/discord/rateLimiter.ts';

describe('BoundedMap', () => {
  it('forgets the oldest write first when over capacity', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2);
    m.get('a');
    m.set('c', 3);
    expect([m.has('a'), m.has('b'), m.has('c'), m.size]).toEqual([false, true, true, 2]);
  });

  it("with recency 'use', a read keeps an entry", () => {
    const m = new BoundedMap<string, number>(2, { recency: 'use' });
    m.set('a', 1).set('b', 2);
    m.get('a');
    m.set('c', 3);
    expect([m.has('a'), m.has('b'), m.has('c')]).toEqual([true, false, true]);
  });

  it('keeps an entry canEvict refuses, and everything newer', () => {
    const m = new BoundedMap<string, number>(1, { canEvict: (v) => v > 1 });
    m.set('a', 1).set('b', 2);
    expect([m.has('a'), m.has('b'), m.size]).toEqual([true, true, 2]);
  });
});

describe('RateLimiter', () => {
  it('never resets the limit of a user still inside their window, however many others ask', () => {
    let t = 0;
    const limiter = new RateLimiter(2, 10_000, () => t);
    expect(limiter.take('busy')).toBe(true);
    expect(limiter.take('busy')).toBe(true);
    for (let i = 0; i < 10_050; i += 1) limiter.take(`user${i}`);
    expect(limiter.take('busy')).toBe(false);
    t = 10_000;
    expect(limiter.take('busy')).toBe(true);
  });
});
