import { CROCKFORD_BASE32 } from "./codes.js";

/** How many views one scan batch may carry; the storefront flushes well below it. */
export const SCAN_BATCH_MAX = 1000;

/** The header that carries TRACE_SCAN_SECRET, which the storefront and the backend share. */
export const SCAN_SECRET_HEADER = "x-scan-secret";

/**
 * How old a view may be when its batch arrives. A batch carrying an older one
 * is refused whole (400), so a journal replayed this late drops those views first.
 */
export const SCAN_MAX_AGE_MS = 30 * 24 * 60 * 60_000;

/** How far ahead of the backend's clock a view's `at` may be: clocks drift. */
export const SCAN_CLOCK_SLACK_MS = 5 * 60_000;

/** A scan's id: "scan_" and 26 characters of Crockford base 32, made where the view is answered. */
export const SCAN_ID = /^scan_[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * A new scan id in the SCAN_ID form, laid out as a ULID (the form Medusa gives
 * its own ids): the time in milliseconds in 10 characters, then 80 random bits.
 * Ids then sort by when the view was answered, so trace_scan's primary-key
 * index grows at one end however many storefronts write to it.
 */
export function newScanId(now: number = Date.now()): string {
  let time = "";
  for (let rest = now, i = 0; i < 10; i++, rest = Math.floor(rest / 32)) time = CROCKFORD_BASE32[rest % 32] + time;
  let random = "";
  for (const byte of randomBytes(16)) random += CROCKFORD_BASE32[byte & 31];
  return `scan_${time}${random}`;
}

/**
 * Random bytes from the platform's CSPRNG, drawn 4 KB at a time: one id is
 * made per page view, and a call into Web Crypto per id costs more than the
 * rest of the view's bookkeeping.
 */
const pool = new Uint8Array(4096);
let used = pool.length;
function randomBytes(count: number): Uint8Array {
  if (used + count > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  used += count;
  return pool.subarray(used - count, used);
}
