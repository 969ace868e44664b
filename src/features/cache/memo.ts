/**
 * A small in-process cache with tags: pages read the catalogue through it, and
 * the backend drops tags when products or certificates change (see
 * src/pages/api/cache/invalidate.ts). The TTL bounds staleness if a message is lost.
 *
 * Besides the fresh entries it keeps the last good value of each key (expired
 * or invalidated ones too, up to `keepSavedMs`), so that a page whose backend
 * fails can say "saved information" instead of nothing (`getOrSaved`).
 */
export class TaggedCache {
  private entries = new Map<string, { value: Promise<unknown>; expires: number; tags: string[] }>();
  private saved = new Map<string, { value: unknown; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    /** Bounds memory when many distinct keys are asked for (e.g. probes of unknown handles). */
    private readonly maxEntries = 2000,
    /** How old a last good value may be and still be served when loading fails (a day). */
    private readonly keepSavedMs = 86_400_000,
  ) {}

  /** The cached value for `key`, or the loader's (shared by concurrent callers; failures are not kept). */
  get<T>(key: string, tags: string[], load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value as Promise<T>;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs, tags });
    dropOldest(this.entries, this.maxEntries);
    value.then(
      (loaded) => {
        this.saved.delete(key);
        this.saved.set(key, { value: loaded, at: this.now() });
        dropOldest(this.saved, this.maxEntries);
      },
      () => this.entries.delete(key),
    );
    return value;
  }

  /**
   * Like `get`, but when loading fails it answers the last good value, if one
   * younger than `keepSavedMs` is kept, with the time it was loaded (`savedAt`);
   * `savedAt` is null for a live answer. Without a saved value the failure is thrown.
   */
  async getOrSaved<T>(key: string, tags: string[], load: () => Promise<T>): Promise<{ value: T; savedAt: number | null }> {
    try {
      return { value: await this.get(key, tags, load), savedAt: null };
    } catch (error) {
      const kept = this.saved.get(key);
      if (!kept || this.now() - kept.at > this.keepSavedMs) throw error;
      return { value: kept.value as T, savedAt: kept.at };
    }
  }

  /** Drops every entry carrying one of the tags (their last good values stay saved); returns how many went. */
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

function dropOldest(map: Map<string, unknown>, max: number) {
  if (map.size <= max) return;
  const oldest = map.keys().next().value;
  if (oldest !== undefined) map.delete(oldest);
}

/** Tags for what the catalogue pages show. */
export const CATALOGUE_TAG = "catalogue";
export const productTag = (handle: string) => `product:${handle}`;
