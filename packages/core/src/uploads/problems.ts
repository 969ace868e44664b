import type { FieldProblem } from "../errors.js";
import { CSV_RULES, IMAGE_RULES, megabytes, PDF_RULES } from "./rules.js";
import { sniffType } from "./sniff.js";

/** Why an upload is refused: a FieldProblem without its field (the route names it). */
export type UploadProblem = Omit<FieldProblem, "field">;

export const tooLarge = (maxBytes: number): UploadProblem => ({ code: "file_too_large", params: { max_mb: megabytes(maxBytes) } });
export const notImage = (): UploadProblem => ({ code: "not_image", params: { allowed: "JPEG, PNG, WebP" } });
export const tooManyPixels = (): UploadProblem => ({ code: "too_many_pixels", params: { max_megapixels: IMAGE_RULES.maxPixels / 1_000_000 } });

/**
 * The checks an image passes before anyone decodes it: present, not too large,
 * and a JPEG, PNG or WebP by its first bytes (`head`: at least 16). The
 * storefront runs them on the form's file; the backend again on what it is sent.
 */
export function imagePrecheck(size: number, head: Uint8Array): UploadProblem | null {
  if (size === 0) return { code: "required" };
  if (size > IMAGE_RULES.maxBytes) return tooLarge(IMAGE_RULES.maxBytes);
  const type = sniffType(head);
  return type && type !== "application/pdf" ? null : notImage();
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
/** How far from the end a PDF's `startxref … %%EOF` may sit (readers allow trailing bytes; 1 KB is Acrobat's own tolerance). */
const TRAILER_WINDOW = 1024;

/**
 * Whether `bytes` are a whole PDF: a `%PDF-x.y` header at the start, and a
 * `startxref` and `%%EOF` trailer at the end (a truncated upload has none).
 * It does not render the file: PDFs are only ever served as downloads
 * (uploadHeaders), never shown inline from our origin.
 */
export function pdfProblem(bytes: Uint8Array): UploadProblem | null {
  if (bytes.length === 0) return { code: "required" };
  if (bytes.length > PDF_RULES.maxBytes) return tooLarge(PDF_RULES.maxBytes);
  if (sniffType(bytes) !== "application/pdf" || !/^%PDF-\d\.\d/.test(latin1(bytes.subarray(0, 8)))) return { code: "not_pdf" };
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW)));
  const end = tail.lastIndexOf("%%EOF");
  return end >= 0 && tail.lastIndexOf("startxref", end) >= 0 && /^[\r\n\s\0]*$/.test(tail.slice(end + 5)) ? null : { code: "not_pdf" };
}

const notCsv = (): UploadProblem => ({ code: "invalid_format", params: { format: "csv" } });

/**
 * Whether `bytes` are CSV text as a spreadsheet exports it: UTF-8 (a byte-order
 * mark allowed), no control characters but tab and line breaks, within
 * CSV_RULES.maxBytes. Its rows are for the importing route to judge.
 */
export function csvProblem(bytes: Uint8Array): UploadProblem | null {
  if (bytes.length === 0) return { code: "required" };
  if (bytes.length > CSV_RULES.maxBytes) return tooLarge(CSV_RULES.maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return notCsv();
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for.
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? notCsv() : null;
}
