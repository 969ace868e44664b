/** How many views one scan batch may carry; the storefront flushes well below it. */
export const SCAN_BATCH_MAX = 1000;

/** The header that carries TRACE_SCAN_SECRET, which the storefront and the backend share. */
export const SCAN_SECRET_HEADER = "x-scan-secret";

/** A scan's id: "scan_" and 26 characters of Crockford base 32, made where the view is answered. */
export const SCAN_ID = /^scan_[0-9A-HJKMNP-TV-Z]{26}$/;
