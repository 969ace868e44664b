import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Encoding } from "../compression/compression.ts";

/**
 * The rendered pages the storefront keeps in memory (see provider.ts): each
 * with its headers, its HTML and, made once on first asked, its br and gzip
 * bodies. A unit page also keeps the two halves around its live part.
 */
export type PageEntry = {
  status: number;
  headers: [string, string][];
  html: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
  /** The page around its live part, for a page with one (a unit's trace page). */
  around: { before: string; after: string } | null;
  /** What a view of the page is a view of, for a trace page (every view is a scan). */
  scan: ScanMark | null;
  tags: string[];
  expires: number;
  bytes: number;
};

/**
 * Set by a trace page on its response (JSON; taken off before it leaves):
 * the view's scan target and the page's language.
 */
export const SCAN_TARGET_HEADER = "x-ocop-scan-target";
export type ScanMark = { target: { lot_id: string; serial?: string; via: "gs1" | "short" }; locale: "vi" | "en" };

/** Headers that describe one body or one run, never kept with a page. */
const NOT_KEPT = new Set(["content-encoding", "content-length", "transfer-encoding", "set-cookie", "cdn-cache-control", "cache-tag", "x-astro-cache", "date", SCAN_TARGET_HEADER]);

export function keptHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => !NOT_KEPT.has(name.toLowerCase()));
}

/** `html` cut around its marked live part; null when the markers are not there once each. */
export function cutAround(html: string, start: string, end: string): { before: string; after: string } | null {
  const from = html.indexOf(start);
  const to = html.indexOf(end);
  if (from < 0 || to < from || html.indexOf(start, from + 1) >= 0) return null;
  return { before: html.slice(0, from), after: html.slice(to + end.length) };
}

/**
 * A page's body in an encoding. Kept pages are compressed once, so brotli
 * gets a higher quality (6) than a page compressed on each view (4: a unit
 * page, about 0.2 ms for 15 KB on this machine's cores).
 */
export function encode(body: Buffer, encoding: Encoding | null, once: boolean): Buffer {
  if (encoding === "br") {
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: once ? 6 : 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  if (encoding === "gzip") return gzipSync(body, { level: 6 });
  return body;
}

/** Reads `max-age` from the CDN-Cache-Control Astro sets from `Astro.cache.set()`; 0 when absent. */
export function maxAgeOf(header: string | null): number {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(header ?? "");
  return match ? Number(match[1]) : 0;
}

/**
 * Rendered pages by key, least recently used first out, bounded by count and
 * by bytes (HTML and every encoding made).
 */
export class PageStore {
  private readonly entries = new Map<string, PageEntry>();
  private bytes = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  get(key: string, now: number): PageEntry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= now) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: PageEntry): void {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.trim();
  }

  /** An encoding of a kept page was made: it counts towards the bytes. */
  grew(entry: PageEntry, bytes: number): void {
    entry.bytes += bytes;
    this.bytes += bytes;
    this.trim();
  }

  /** Drops the pages carrying any of `tags`, or whose key starts with `path` and a query or nothing more. */
  invalidate(options: { tags?: readonly string[]; path?: string }): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      const byTag = options.tags?.some((tag) => entry.tags.includes(tag));
      const byPath = options.path !== undefined && (key === options.path || key.startsWith(`${options.path}?`));
      if (byTag || byPath) {
        this.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private trim() {
    while (this.entries.size > this.limits.maxEntries || (this.bytes > this.limits.maxBytes && this.entries.size > 1)) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      this.delete(oldest);
    }
  }
}
