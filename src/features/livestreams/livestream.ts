import { nextEdgeAfter, type Phase, type Platform, phaseAt, type StoreProductSummary } from "@ocop/core";
import type { Locale } from "../i18n/messages.ts";

export { nextEdgeAfter, type Phase, PLATFORMS, type Platform, phaseAt } from "@ocop/core";

/** How each platform writes its own name. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: "Facebook",
  tiktok: "TikTok",
  youtube: "YouTube",
  zalo: "Zalo",
  shopee: "Shopee",
};

/** A featured product, as much as a livestream shows of it. */
export type FeaturedProduct = StoreProductSummary;

/** A livestream sale, in the storefront's shape. */
export type Livestream = {
  id: string;
  slug: string;
  title: { vi: string; en: string | null };
  platform: Platform;
  host: string;
  startsAt: Date;
  endsAt: Date;
  replayUrl: string | null;
  products: FeaturedProduct[];
  updatedAt: Date;
};

const window = (l: Livestream) => ({ starts_at: l.startsAt, ends_at: l.endsAt });

/** The livestream's title in the locale (Vietnamese when it has no English one). */
export function livestreamTitle(l: Livestream, locale: Locale): string {
  return (locale === "en" ? l.title.en : null) ?? l.title.vi;
}

/** Livestreams by where they stand at `now`: live and upcoming soonest first, replays latest first. */
export function byPhase(livestreams: readonly Livestream[], now: Date): Record<Phase, Livestream[]> {
  const groups: Record<Phase, Livestream[]> = { live: [], upcoming: [], ended: [] };
  for (const l of livestreams) groups[phaseAt(window(l), now)].push(l);
  groups.live.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  groups.upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  groups.ended.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return groups;
}

/** The livestreams featuring a product that are live at `now`. */
export function liveFor(livestreams: readonly Livestream[], productId: string, now: Date): Livestream[] {
  return livestreams.filter((l) => l.products.some((p) => p.id === productId) && phaseAt(window(l), now) === "live");
}

/** When what these livestreams show next changes by itself (a start or an end), or null. */
export function nextChange(livestreams: readonly Livestream[], now: Date): Date | null {
  return nextEdgeAfter(livestreams.map(window), now);
}

/**
 * The link people share for a livestream: its entry on the livestreams page,
 * tagged so the visits it brings are counted per campaign
 * (utm_source = the platform it is shared on, or "share" for a copied link).
 */
export function shareUrl(l: Livestream, site: string, locale: Locale, source: Platform | "share"): string {
  const url = new URL(locale === "en" ? "/en/livestreams" : "/livestreams", site);
  url.searchParams.set("utm_source", source);
  url.searchParams.set("utm_medium", "social");
  url.searchParams.set("utm_campaign", `livestream-${l.slug}`);
  url.hash = l.slug;
  return url.href;
}

/** Facebook's share dialog for a link (the other platforms have no web share link). */
export function facebookShareUrl(link: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`;
}
