import { DEVICE_CLASSES, type DeviceClass, readCopyFlagReason } from "@ocop/core";
import { type Locale, t } from "../../i18n/messages.ts";

/** Scans in the producer's words: why a code looks copied, where and on what it was scanned. */

/** Why a unit looks copied, in the producer's language (the stored reason is copyFlagReason's English text). */
export function flagText(locale: Locale, reason: string | null): string {
  const facts = readCopyFlagReason(reason);
  if (!facts) return t(locale, "scan.flag.other");
  return t(locale, facts.kind === "regions" ? "scan.flag.regions" : "scan.flag.clients", { count: facts.count, limit: facts.limit });
}

/**
 * A region a trusted proxy reported: a country code by its name ("VN" →
 * "Việt Nam"), anything finer by its code; none reported is said so.
 */
export function placeText(locale: Locale, region: string | null | undefined): string {
  if (!region) return t(locale, "scan.placeUnknown");
  return countryName(locale, region) ?? t(locale, "scan.region", { code: region });
}

/** Regions where a column already says they are regions: "Việt Nam", "VN-HN, VN-TN". */
export function regionsText(locale: Locale, regions: readonly string[]): string {
  return regions.length ? regions.map((region) => countryName(locale, region) ?? region).join(", ") : t(locale, "scan.placeUnknown");
}

function countryName(locale: Locale, code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  return new Intl.DisplayNames([locale === "vi" ? "vi-VN" : "en"], { type: "region", fallback: "none" }).of(code);
}

/** What a scan was made on; a bot's visit says it was not counted (they never are: countsAsNew). */
export function deviceText(locale: Locale, device: string): string {
  const known = DEVICE_CLASSES.find((d): d is DeviceClass => d === device) ?? "unknown";
  return t(locale, `scan.device.${known}`);
}
