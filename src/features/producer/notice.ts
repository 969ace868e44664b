import { type Locale, t } from "../i18n/messages.ts";

/**
 * The notice a portal page shows after a save, from its redirect's `?saved=`
 * ("1", or "review" when a change waits for the trade department). Only on a
 * GET: a form posts back to the page's own address, which still carries the
 * last save's `?saved=`, so reading it on a refused submit showed "Đã lưu."
 * beside the error. One outcome per submit.
 */
export function savedNotice(locale: Locale, request: Request, url: URL): string | null {
  if (request.method !== "GET") return null;
  const saved = url.searchParams.get("saved");
  if (!saved) return null;
  return t(locale, saved === "review" ? "portal.sentForReview" : "portal.saved");
}
