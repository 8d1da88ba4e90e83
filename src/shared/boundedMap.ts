/**
 * A Map that holds at most `capacity` entries: the one bounded cache of the memos, the reply memory and the
 * rate limiter. Entries leave oldest first, by when they were last written (`recency: 'write'`, the default, a
 * plain FIFO for memos whose entries never change) or last used (`'use'`: a read or write moves an entry to the
 * back, LRU). `canEvict` may keep an entry that must not be forgotten yet (a user still inside their rate window):
 * eviction stops at the first such entry, so the map may then hold more than `capacity` until they age out.
 */
export interface BoundedMapOptions<K, V> {
  recency?: 'write' | 'use';
  canEvict?: (value: V, key: K) => boolean;
}

/** Shared, not a fresh closure per map: two empty maps stay deeply equal (the snapshot tests compare engines). */
const ALWAYS = (): boolean => true;

export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();
  private readonly recency: 'write' | 'use';
  private readonly canEvict: (value: V, key: K) => boolean;

  constructor(
    readonly capacity: number,
    options: BoundedMapOptions<K, V> = {},
  ) {
    this.recency = options.recency ?? 'write';
    this.canEvict = options.canEvict ?? ALWAYS;
  }

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The value, or undefined; with `recency: 'use'` the entry becomes the newest. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined && this.recency === 'use') {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Stores the value as the newest entry, then forgets the oldest while over capacity (and `canEvict` allows). */
  set(key: K, value: V): this {
    this.map.delete(key);
    this.map.set(key, value);
    for (const [oldKey, oldValue] of this.map) {
      if (this.map.size <= this.capacity || oldKey === key || !this.canEvict(oldValue, oldKey)) break;
      this.map.delete(oldKey);
    }
    return this;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }
}
