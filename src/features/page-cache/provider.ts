import type { CacheProvider } from "astro";
import { chooseEncoding, type Encoding } from "../compression/compression.ts";
import { localeOfPath } from "../i18n/messages.ts";
import { withSecurityHeaders } from "../security/headers.server.ts";
import { tracePageRefusal } from "../trace/scan-client.server.ts";
import { recordView, unitStanding } from "../trace/scans.server.ts";
import { STANDING_END, STANDING_START, standingRegion } from "../trace/standing-html.ts";
import { cutAround, encode, keptHeaders, maxAgeOf, type PageEntry, PageStore, SCAN_TARGET_HEADER, type ScanMark, splicedGzip } from "./entries.ts";

/**
 * Rendered trace and product pages from memory: Astro's route cache
 * (`cache.provider` in astro.config.mjs; pages call `Astro.cache.set()`, the
 * backend's invalidations reach `cache.invalidate()` by tag) with a provider of
 * our own rather than `memoryCache()`, because a kept trace page is still a
 * scan: every view of it must be queued as one, and a unit's page must show
 * the unit's count at that view. Astro's provider answers a kept page without
 * running any of our code. This one, on each view of a kept page:
 *
 * - queues the view as a scan (features/trace/scans.server.ts) when it is a trace page;
 * - splices the unit's current standing into a unit page's marked live part
 *   (when it cannot be read, the page is rendered again and says so);
 * - answers the body already compressed for the request's encoding (made once
 *   per page and encoding; a unit page, whose count changes at each view, goes
 *   as gzip made from its two halves compressed once: entries.ts, splicedGzip).
 *
 * Concurrent first views of one page wait for a single render. Pages answering
 * other than 200, setting a cookie or varying on more than Accept-Encoding are
 * never kept. The store is bounded (2,000 pages, 64 MB) and each page expires
 * at the max-age its route set (a minute at most, less before a certificate or
 * livestream edge). Several storefront instances each keep their own: the
 * backend tells each of them (STOREFRONT_URLS) what changed.
 */
export default function pageCacheProvider(): CacheProvider {
  const store = new PageStore({ maxEntries: 2000, maxBytes: 64 * 1024 * 1024 });
  const rendering = new Map<string, Promise<PageEntry | null>>();

  return {
    name: "ocop-pages",
    async onRequest({ request }, next) {
      const url = new URL(request.url);
      // Every request for a trace page, kept or not, any method, is under its client's rate limit (TRACE_PAGE_RATE_PER_MINUTE).
      if (TRACE_PAGE.test(url.pathname)) {
        const refused = await tracePageRefusal(request, localeOfPath(url.pathname));
        if (refused) return refused;
      }
      if (request.method !== "GET") return next();
      const key = `${url.pathname}${url.search}`;
      const kept = store.get(key, Date.now()) ?? (await rendering.get(key));
      if (kept) return answerKept(kept, request, store, next);

      let done: (entry: PageEntry | null) => void = () => {};
      rendering.set(key, new Promise((resolve) => (done = resolve)));
      let entry: PageEntry | null = null;
      try {
        const response = await next();
        entry = await keepable(response);
        if (!entry) return withoutMark(response);
        store.set(key, entry);
        // A page with a live part goes as every later view of it will (see answer).
        return answer(entry, request, store, "MISS", entry.around?.rendered ?? null);
      } finally {
        rendering.delete(key);
        done(entry);
      }
    },
    async invalidate(options) {
      const tags = options.tags === undefined ? undefined : Array.isArray(options.tags) ? options.tags : [options.tags];
      store.invalidate({ ...(tags ? { tags } : {}), ...(options.path ? { path: options.path } : {}) });
    },
  };
}

/** Trace pages: /trace/… and /t/…, and their /en forms. */
const TRACE_PAGE = /^(\/en)?\/(trace|t)(\/|$)/;

/** The rendered response as a page to keep, or null when it must not be kept. */
async function keepable(response: Response): Promise<PageEntry | null> {
  const maxAge = maxAgeOf(response.headers.get("cdn-cache-control"));
  if (maxAge <= 0 || response.status !== 200 || response.headers.has("set-cookie") || response.headers.has("content-encoding")) return null;
  const vary = (response.headers.get("vary") ?? "").toLowerCase();
  if (vary.split(",").some((name) => name.trim() && name.trim() !== "accept-encoding")) return null;
  const html = Buffer.from(await response.arrayBuffer());
  const mark = response.headers.get(SCAN_TARGET_HEADER);
  const scan = mark ? (JSON.parse(mark) as ScanMark) : null;
  const around = scan?.target.serial ? cutAround(html.toString("utf8"), STANDING_START, STANDING_END) : null;
  return {
    status: response.status,
    headers: keptHeaders(response.headers),
    html,
    encoded: {},
    around,
    scan,
    tags: (response.headers.get("cache-tag") ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    expires: Date.now() + maxAge * 1000,
    bytes: html.length,
  };
}

/**
 * A view of a kept page: a scan when it is a trace page, with a unit's live
 * count spliced in. When the count cannot be read, the page is rendered again
 * (the view is not queued twice), so it says so as an uncached page does.
 */
async function answerKept(entry: PageEntry, request: Request, store: PageStore, next: () => Promise<Response>): Promise<Response> {
  if (!entry.scan) return answer(entry, request, store, "HIT", null);
  const { target, locale } = entry.scan;
  recordView(request, target);
  if (!entry.around || !target.serial) return answer(entry, request, store, "HIT", null);
  try {
    const standing = await unitStanding(target.lot_id, target.serial);
    return answer(entry, request, store, "HIT", standingRegion(standing, locale));
  } catch {
    return withoutMark(await next());
  }
}

function answer(entry: PageEntry, request: Request, store: PageStore, state: "HIT" | "MISS", live: string | null): Response {
  const accepted = request.headers.get("accept-encoding");
  let encoding: Encoding | null;
  let body: Buffer;
  if (live !== null && entry.around) {
    // A page with a live part goes as gzip when the browser takes it: only the live part is compressed (splicedGzip).
    encoding = chooseEncoding(accepted, ["gzip", "br"]);
    const { before, after } = entry.around;
    body = encoding === "gzip" ? splicedGzip(entry.around, live) : encode(Buffer.from(`${before}${live}${after}`), encoding, false);
  } else {
    encoding = chooseEncoding(accepted);
    body = encoding ? (entry.encoded[encoding] ?? encodeOnce(entry, encoding, store)) : entry.html;
  }
  const headers = withSecurityHeaders(new Headers(entry.headers));
  headers.set("vary", "Accept-Encoding");
  headers.set("content-length", String(body.length));
  if (encoding) headers.set("content-encoding", encoding);
  headers.set("x-astro-cache", state);
  return new Response(request.method === "HEAD" ? null : (body as Uint8Array<ArrayBuffer>), { status: entry.status, headers });
}

/** A kept page's body in an encoding, made on first asked and kept with it. */
function encodeOnce(entry: PageEntry, encoding: Encoding, store: PageStore): Buffer {
  const body = encode(entry.html, encoding, true);
  entry.encoded[encoding] = body;
  store.grew(entry, body.length);
  return body;
}

/** A response not kept still loses the page's internal mark. */
function withoutMark(response: Response): Response {
  if (!response.headers.has(SCAN_TARGET_HEADER)) return response;
  const headers = new Headers(response.headers);
  headers.delete(SCAN_TARGET_HEADER);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
