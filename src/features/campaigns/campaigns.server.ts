import * as store from "../../lib/medusa/store.server.ts";
import { CATALOGUE_TAG, TaggedCache } from "../cache/memo.ts";
import type { Locale } from "../i18n/messages.ts";

/** A campaign as the storefront shows it (dates and promotions are Medusa's; the page is ours). */
export type Campaign = {
  slug: string;
  title: Record<Locale, string>;
  body: Record<Locale, string>;
  banner: Record<Locale, string>;
  featured_product_ids: string[];
  starts_at: string | null;
  ends_at: string | null;
  codes: string[];
};

const cache = new TaggedCache(60_000);

/** Every campaign with a page, cached a minute; whether one runs is decided per request (runningAt). */
export function listCampaigns(): Promise<Campaign[]> {
  return cache.get("campaigns", [CATALOGUE_TAG], store.listCampaigns);
}

export function invalidateCampaigns(tags: string[]): number {
  return cache.invalidate(tags);
}

export { runningAt } from "./window.ts";

/** One campaign by slug, or null. */
export function retrieveCampaign(slug: string): Promise<Campaign | null> {
  return store.retrieveCampaign(slug);
}
