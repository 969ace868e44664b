/**
 * How big a request body may be, by route, and what kind it must be. Pure
 * rules; src/features/security/body.server.ts applies them to every request
 * that carries a body (src/middleware.ts).
 */

/** A plain form (log in, cart, checkout, portal and staff forms): a few fields of text. */
export const FORM_BYTES = 256 * 1024;

/** A JSON call to one of the storefront's own API routes (/api/…). */
export const API_BYTES = 1024 * 1024;

/**
 * A route allowed a larger body than a plain form, because it takes a file:
 * `bytes` counts the whole body (the file, the other fields, the multipart framing).
 */
export type BodyAllowance = { path: RegExp; bytes: number; why: string };

export type BodyRule = {
  /** The most bytes the body may have. */
  limit: number;
  /** "form": a page, which reads the body as a form (urlencoded or multipart); "api": any body the route reads itself. */
  kind: "form" | "api";
};

/** The rule for a request to `pathname`: the first allowance that matches it, or the default for its kind. */
export function bodyRule(pathname: string, allowances: readonly BodyAllowance[]): BodyRule {
  const kind = pathname === "/api" || pathname.startsWith("/api/") ? "api" : "form";
  const allowance = allowances.find((a) => a.path.test(pathname));
  return { kind, limit: allowance?.bytes ?? (kind === "api" ? API_BYTES : FORM_BYTES) };
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** Whether a Content-Type header names a form encoding a page can read. */
export function isFormType(contentType: string | null): boolean {
  const essence = (contentType ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return FORM_TYPES.includes(essence);
}

/** A Content-Length header that declares more than `limit` bytes (a missing or unreadable one declares nothing). */
export function declaresMoreThan(contentLength: string | null, limit: number): boolean {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > limit;
}

/** Whether a request's address holds a NUL character (%00), which no page or backend field can take. */
export function addressHasNul(url: string): boolean {
  return /%00/i.test(url) || url.includes("\0");
}
