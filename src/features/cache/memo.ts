/**
 * A small in-process cache with tags: pages read the catalogue through it, and
 * the backend drops tags when products or certificates change (see
 * src/pages/api/cache/invalidate.ts). The TTL bounds staleness if a message is lost.
 */
export class TaggedCache {
  private entries = new Map<string, { value: Promise<unknown>; expires: number; tags: string[] }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    /** Bounds memory when many distinct keys are asked for (e.g. probes of unknown handles). */
    private readonly maxEntries = 2000,
  ) {}

  /** The cached value for `key`, or the loader's (shared by concurrent callers; failures are not kept). */
  get<T>(key: string, tags: string[], load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value as Promise<T>;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs, tags });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** Drops every entry carrying one of the tags; returns how many went. */
  invalidate(tags: string[]): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((t) => tags.includes(t))) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }
}

/** Tags for what the catalogue pages show. */
export const CATALOGUE_TAG = "catalogue";
export const productTag = (handle: string) => `product:${handle}`;
