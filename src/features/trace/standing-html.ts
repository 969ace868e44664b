import type { SerialStanding } from "@ocop/core";
import { formatDate, formatNumber } from "../i18n/format.ts";
import { type Locale, t } from "../i18n/messages.ts";

/**
 * A unit page's one live part: what its scans say. The page is kept rendered
 * in memory with this part between the two markers, and each view splices in
 * the unit's current standing (features/page-cache), so the count is the
 * view's own while the rest of the page is rendered once.
 */
export const STANDING_START = "<!--unit-standing-->";
export const STANDING_END = "<!--/unit-standing-->";

/** The standing as HTML (escaped); empty when there is none to show (a HEAD request, or a lot without a unit). */
export function standingHtml(standing: SerialStanding | null, locale: Locale): string {
  if (!standing) return "";
  if (standing.flagged) {
    return `<p class="alert bad" role="alert">${escapeHtml(t(locale, "trace.copyWarning", { count: formatNumber(standing.scan_count, locale) }))}</p>`;
  }
  const text =
    standing.scan_count <= 1 || !standing.first_scanned_at
      ? t(locale, "trace.firstScanNow")
      : t(locale, "trace.firstScan", { date: formatDate(new Date(standing.first_scanned_at), locale), count: standing.scan_count });
  // A warning staff cleared (a wrongly raised flag) is said in plain words, with its date.
  const cleared = standing.flag_cleared_at
    ? `<p class="scan cleared">${escapeHtml(t(locale, "trace.flagCleared", { date: formatDate(new Date(standing.flag_cleared_at), locale) }))}</p>`
    : "";
  return `<p class="scan">${escapeHtml(text)}</p>${cleared}`;
}

/** The marked region with `standing` in it. */
export function standingRegion(standing: SerialStanding | null, locale: Locale): string {
  return `${STANDING_START}${standingHtml(standing, locale)}${STANDING_END}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
