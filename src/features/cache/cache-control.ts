/** The kinds of response the storefront serves, each with one caching rule. */
export type CacheKind = "catalogue" | "trace" | "health" | "private";

const policies: Record<CacheKind, string> = {
  // Shared caches may keep catalogue pages briefly and serve a stale copy while
  // refreshing, or when the backend is down.
  catalogue: "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400",
  // Every scan must reach us to be counted (max-age=0: a cache in front asks us
  // each time), but when we fail it may show the last good page it kept.
  trace: "public, max-age=0, stale-if-error=86400",
  health: "no-store",
  private: "private, no-store",
};

/** The Cache-Control header value for a kind of page. */
export function cacheControl(kind: CacheKind): string {
  return policies[kind];
}

/** How a page's data load ended; decides its HTTP status and caching. */
export type LoadOutcome = "found" | "invalid" | "missing" | "unavailable";

const statusOf: Record<LoadOutcome, number> = { found: 200, invalid: 400, missing: 404, unavailable: 503 };

/**
 * Sets a page's status and Cache-Control from how its data load ended: a
 * failure or a bad request is never cached, so the page recovers as soon as the backend does.
 */
export function applyOutcome(response: { status?: number; headers: Headers }, outcome: LoadOutcome, kind: CacheKind) {
  response.status = statusOf[outcome];
  const failed = outcome === "unavailable" || outcome === "invalid";
  response.headers.set("Cache-Control", cacheControl(failed ? "private" : kind));
}

/** How long a shared cache may serve a catalogue page at most: max-age plus stale-while-revalidate. */
const CATALOGUE_MAX_AGE = 60;
const CATALOGUE_LONGEST_SECONDS = CATALOGUE_MAX_AGE + 300;

/**
 * Cache-Control for a catalogue page that changes by itself at `changesAt` (a
 * livestream starts or ends): the catalogue rule when no cache could still hold
 * the page then; otherwise fresh for at most a minute, never past that moment,
 * and never served stale, so the change shows at the second it happens.
 */
export function catalogueCacheControlUntil(changesAt: Date | null, now: Date): string {
  const seconds = changesAt ? Math.floor((changesAt.getTime() - now.getTime()) / 1000) : Infinity;
  if (seconds > CATALOGUE_LONGEST_SECONDS) return cacheControl("catalogue");
  return `public, max-age=${Math.min(CATALOGUE_MAX_AGE, Math.max(0, seconds))}, must-revalidate`;
}

/** How long a rendered page is kept in the storefront's memory at most (its data is cached as long). */
export const PAGE_CACHE_SECONDS = 60;

/**
 * Seconds a rendered page may be served from memory: a minute, but never past
 * the next of `edges` still ahead (a certificate expiring, a livestream
 * starting or ending), where what the page says changes by itself. 0: do not keep it.
 */
export function pageCacheUntil(edges: readonly (Date | string | null | undefined)[], now: Date): number {
  let seconds = PAGE_CACHE_SECONDS;
  for (const edge of edges) {
    if (!edge) continue;
    const ahead = Math.floor((new Date(edge).getTime() - now.getTime()) / 1000);
    if (ahead >= 0) seconds = Math.min(seconds, ahead);
  }
  return seconds;
}
