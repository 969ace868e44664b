import type { ImageType } from "./rules.js";

/** The types an upload can turn out to be, from its first bytes. */
export type SniffedType = ImageType | "application/pdf";

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
/** A WebP's first chunk: lossy, lossless or extended. "RIFF….WEBP" followed by anything else is not a WebP. */
const WEBP_CHUNKS = ["VP8 ", "VP8L", "VP8X"].map(ascii);
const PDF = ascii("%PDF-");

/**
 * The real type of a file from its magic bytes (the first 16 are enough), or
 * null for anything we do not take. Only a first look: an image must still
 * decode (backend/src/uploads/image.ts) and a PDF must still be whole (pdfProblem).
 */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8) && WEBP_CHUNKS.some((chunk) => startsWith(bytes, chunk, 12))) return "image/webp";
  if (startsWith(bytes, PDF)) return "application/pdf";
  return null;
}
