import { CSV_RULES, formBodyLimit, IMAGE_RULES } from "@ocop/core";
import { type BodyAllowance, type BodyRule, bodyRule, declaresMoreThan, isFormType } from "./body-limits.ts";

/**
 * Routes that take a file, allowed more than a plain form. The hook for upload
 * routes: a new one adds its line here, with the limit its own handler enforces
 * (the upload rules of `@ocop/core`, uploads/rules.ts). Each allows twice what
 * its page takes: the page refuses a file too large in its own words ("Ảnh:
 * tệp quá lớn (tối đa 15 MB)"); this only bounds what is read at all.
 */
export const BODY_ALLOWANCES: readonly BodyAllowance[] = [
  { path: /^\/(en\/)?producer\/products\/[^/]+\/?$/, bytes: 2 * formBodyLimit(IMAGE_RULES.maxBytes), why: "the product photo form (pages/[...lang]/producer/products/[id].astro)" },
  {
    path: /^\/(en\/)?staff\/certificates\/?$/,
    bytes: 2 * formBodyLimit(2 * CSV_RULES.maxBytes),
    why: "the certificate CSV import (pages/[...lang]/staff/certificates.astro: a file or pasted text)",
  },
];

/** Why a request's body is refused: too big (413), not a form where a page expects one, a form that cannot be read, or a NUL in a field (400). */
export type BodyProblem = "tooLarge" | "notAForm" | "malformed" | "nul";

export type BodyVerdict = { rule: BodyRule; problem: BodyProblem | null };

/**
 * Checks the body of a request that has one before any page reads it: its
 * declared size, then its real size while it streams (a chunked body declares
 * none), stopping at the limit; for a page, that it is a form the page can read.
 * Reads a copy (Request.clone), so the page still reads the original.
 */
export async function inspectBody(request: Request, pathname: string): Promise<BodyVerdict> {
  const rule = bodyRule(pathname, BODY_ALLOWANCES);
  const verdict = (problem: BodyProblem | null): BodyVerdict => ({ rule, problem });
  if (declaresMoreThan(request.headers.get("content-length"), rule.limit)) return verdict("tooLarge");
  const contentType = request.headers.get("content-type");
  if (rule.kind === "form" && !isFormType(contentType)) return verdict("notAForm");
  const bytes = await readAtMost(request.clone(), rule.limit);
  if (!bytes) return verdict("tooLarge");
  if (rule.kind === "api") return verdict(null);
  const form = await new Response(bytes, { headers: { "content-type": contentType ?? "" } }).formData().catch(() => null);
  if (!form) return verdict("malformed");
  for (const [name, value] of form) if (name.includes("\0") || (typeof value === "string" && value.includes("\0"))) return verdict("nul");
  return verdict(null);
}

/** The body's bytes, or null as soon as it passes `limit` (the rest is never read). Also the file forms' reader (features/uploads). */
export async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a branch of a tee (Request.clone) finishes cancelling only when the other branch, the page's, is cancelled too.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Lets the rest of a refused body arrive and drops it, unread and unkept: the
 * answer goes out at once, but a browser still sending shows it only once it
 * has sent everything; a connection closed under it shows "connection reset"
 * instead. Node's request timeout bounds how long a sender may take.
 */
export function discardBody(request: Request): void {
  if (!request.body || request.bodyUsed || request.body.locked) return;
  request.body.pipeTo(new WritableStream()).catch(() => undefined);
}
