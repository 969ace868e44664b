/**
 * What an upload may be, on every route that takes a file (README, "Security"):
 * the storefront's forms pre-check with these, the backend's pipeline
 * (backend/src/uploads/) is the authority. A file is judged by its bytes, never
 * by its name or the type its sender claims.
 */

const MB = 1024 * 1024;

/** Photos: what a phone makes, judged by their real type. */
export const IMAGE_RULES = {
  /** A phone's full-resolution JPEG stays under this. */
  maxBytes: 15 * MB,
  /**
   * Refused from the header, before decoding: a 50-megapixel phone photo passes,
   * a "decompression bomb" (a small file claiming 20,000 × 20,000) does not.
   */
  maxPixels: 50_000_000,
  /** Stored re-encoded as WebP, its longer side at most this (sharp's "inside" fit). */
  maxSide: 1600,
  quality: 80,
  types: ["image/jpeg", "image/png", "image/webp"],
} as const;

/** PDFs (certificates, dossiers, monitoring evidence): stored as sent, served only as downloads. */
export const PDF_RULES = { maxBytes: 20 * MB } as const;

/** A certificate list as CSV (the trade department's import). */
export const CSV_RULES = { maxBytes: 2 * MB } as const;

export type ImageType = (typeof IMAGE_RULES.types)[number];

/** Room in a request for what comes with the file: other fields, multipart boundaries, JSON. */
const OVERHEAD = 64 * 1024;

/** The largest multipart form that carries one file of at most `bytes`. */
export function formBodyLimit(bytes: number): number {
  return bytes + OVERHEAD;
}

/** The largest form that carries several files at once (the admin's media uploader): four full-size photos. */
export const MULTI_FILE_FORM_MAX_BYTES = formBodyLimit(4 * IMAGE_RULES.maxBytes);

/** The largest JSON body that carries a file of at most `bytes` as base64 (4 characters for every 3 bytes). */
export function base64BodyLimit(bytes: number): number {
  return Math.ceil(bytes / 3) * 4 + OVERHEAD;
}

/** Megabytes for messages ("15"), from a byte limit. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
