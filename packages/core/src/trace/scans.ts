/** How many views one scan batch may carry; the storefront flushes well below it. */
export const SCAN_BATCH_MAX = 1000;

/** The header that carries TRACE_SCAN_SECRET, which the storefront and the backend share. */
export const SCAN_SECRET_HEADER = "x-scan-secret";

/** A scan's id: "scan_" and 26 characters of Crockford base 32, made where the view is answered. */
export const SCAN_ID = /^scan_[0-9A-HJKMNP-TV-Z]{26}$/;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new scan id (SCAN_ID): 130 random bits, so two views never share one. */
export function newScanId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(26));
  let id = "scan_";
  for (const byte of bytes) id += CROCKFORD[byte & 31];
  return id;
}
