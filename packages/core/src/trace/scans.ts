import { CROCKFORD_BASE32, randomCode } from "./codes.js";

/** How many views one scan batch may carry; the storefront flushes well below it. */
export const SCAN_BATCH_MAX = 1000;

/** The header that carries TRACE_SCAN_SECRET, which the storefront and the backend share. */
export const SCAN_SECRET_HEADER = "x-scan-secret";

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
  return `scan_${time}${randomCode(16)}`;
}
