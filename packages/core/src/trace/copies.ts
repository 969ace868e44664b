/**
 * When a unit's scans look like a copied code. One package is scanned a few
 * times by a few people in one place; a code printed on many fakes is scanned
 * by many people, in many places. Only counted scans are evidence (a GET of the
 * unit's page by a browser, once per client per window: countsAsNew), so one
 * client, however many requests it sends, is one client in one region.
 */
export type CopyLimits = { clients: number; regions: number };

export const DEFAULT_COPY_LIMITS: CopyLimits = { clients: 20, regions: 3 };

/** Distinct clients and distinct regions (from a trusted proxy only) among a unit's counted scans since its last cleared flag. */
export type ScanHistory = { clients: number; regions: number };

/** Why the scans look copied, or null while they look like one unit's. */
export function copyFlagReason(history: ScanHistory, limits: CopyLimits): string | null {
  if (history.clients >= limits.clients) return `scanned by ${history.clients} different clients (limit ${limits.clients - 1})`;
  if (history.regions >= limits.regions) return `scanned in ${history.regions} regions (limit ${limits.regions - 1})`;
  return null;
}

/** Why a unit was flagged, as facts a page can put in its own language. */
export type CopyFlagFacts = { kind: "clients" | "regions"; count: number; limit: number };

/**
 * The facts in a reason copyFlagReason wrote (it is stored as that English
 * text for staff and the Admin), or null for any other text.
 */
export function readCopyFlagReason(reason: string | null | undefined): CopyFlagFacts | null {
  const match = /^scanned (?:by (\d+) different clients|in (\d+) regions) \(limit (\d+)\)$/.exec(reason ?? "");
  if (!match) return null;
  const [, clients, regions, limit] = match;
  return clients ? { kind: "clients", count: Number(clients), limit: Number(limit) } : { kind: "regions", count: Number(regions), limit: Number(limit) };
}

/**
 * Whether a view counts toward its unit's scan count: a view by a browser
 * (not a bot) with a known client counts when that client's last counted view
 * of the unit is `windowMs` or more before it (or there is none).
 */
export function countsAsNew(view: { at: number; bot: boolean; client: string | null }, lastCountedAt: number | null, windowMs: number): boolean {
  if (view.bot || !view.client) return false;
  return lastCountedAt === null || view.at - lastCountedAt >= windowMs;
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
