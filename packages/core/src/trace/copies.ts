/**
 * When a unit's scans look like a copied code. One package is scanned a few
 * times by a few people in one place; a code printed on many fakes is scanned
 * far more often, and in many places.
 */
export type CopyLimits = { scans: number; regions: number };

export const DEFAULT_COPY_LIMITS: CopyLimits = { scans: 20, regions: 3 };

export type ScanHistory = { scan_count: number; regions: number };

/** Why the scans look copied, or null while they look like one unit's. */
export function copyFlagReason(history: ScanHistory, limits: CopyLimits): string | null {
  if (history.scan_count > limits.scans) return `scanned ${history.scan_count} times (limit ${limits.scans})`;
  if (history.regions >= limits.regions) return `scanned in ${history.regions} regions (limit ${limits.regions - 1})`;
  return null;
}

/** The device classes a scan is recorded with; a scan carries nothing more personal. */
export const DEVICE_CLASSES = ["mobile", "tablet", "desktop", "bot", "unknown"] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

/** A coarse device class from a User-Agent; crawlers and link previews count as bots and never flag a code. */
export function deviceClass(userAgent: string | null | undefined): DeviceClass {
  if (!userAgent) return "unknown";
  if (/bot|crawl|spider|slurp|preview|facebookexternalhit|zalo.*(link|preview)|headless|curl|wget|python|node-fetch|undici/i.test(userAgent)) return "bot";
  if (/ipad|tablet|(android(?!.*mobile))/i.test(userAgent)) return "tablet";
  if (/mobi|iphone|android/i.test(userAgent)) return "mobile";
  return "desktop";
}
