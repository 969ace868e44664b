import { brotliCompressSync, constants, crc32, deflateRawSync, gzipSync } from "node:zlib";
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
  around: Around | null;
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

/** A page cut around its live part, with its two halves made ready for gzip once (see `splicedGzip`). */
export type Around = { before: string; after: string; gzip?: GzipHalves /** The live part as first rendered. */; rendered: string };
type GzipHalves = { head: Buffer; tail: Buffer; after: Buffer; crcBefore: number; length: number };

/** `html` cut around its marked live part; null when the markers are not there once each. */
export function cutAround(html: string, start: string, end: string): Around | null {
  const from = html.indexOf(start);
  const to = html.indexOf(end);
  if (from < 0 || to < from || html.indexOf(start, from + 1) >= 0) return null;
  return { before: html.slice(0, from), after: html.slice(to + end.length), rendered: html.slice(from, to + end.length) };
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A kept page with `live` in its live part, as gzip, without compressing the
 * page again: DEFLATE's back-references never reach before the start of the
 * data they were compressed with, so the halves, compressed once (the first
 * ending byte-aligned and not final: Z_SYNC_FLUSH), join with the live part
 * into one valid stream. The live part (a sentence) goes as DEFLATE "stored"
 * blocks, copied as it is, and the gzip trailer's CRC-32 is carried on from
 * the first half's. No compression at the view at all, for a page a few
 * percent larger than brotli's.
 */
export function splicedGzip(around: Around, live: string): Buffer {
  around.gzip ??= gzipHalves(around);
  const { head, tail, after, crcBefore, length } = around.gzip;
  const middle = Buffer.from(live);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(after, crc32(middle, crcBefore)) >>> 0, 0);
  trailer.writeUInt32LE((length + middle.length) % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, head, ...storedBlocks(middle), tail, trailer]);
}

/** `data` as non-final DEFLATE stored blocks (RFC 1951, 3.2.4): a byte-aligned header, LEN, its complement, the bytes. */
function storedBlocks(data: Buffer): Buffer[] {
  const blocks: Buffer[] = [];
  for (let at = 0; at < data.length; at += 0xffff) {
    const chunk = data.subarray(at, at + 0xffff);
    const header = Buffer.alloc(5);
    header.writeUInt16LE(chunk.length, 1);
    header.writeUInt16LE(~chunk.length & 0xffff, 3);
    blocks.push(header, chunk);
  }
  return blocks;
}

function gzipHalves(around: Around): GzipHalves {
  const before = Buffer.from(around.before);
  const after = Buffer.from(around.after);
  return {
    head: deflateRawSync(before, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }),
    tail: deflateRawSync(after, { level: 6 }),
    after,
    crcBefore: crc32(before),
    length: before.length + after.length,
  };
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
