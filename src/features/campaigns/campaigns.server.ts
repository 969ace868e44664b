import { FetchError } from "@medusajs/js-sdk";
import { sdk } from "../../lib/medusa/sdk.server.ts";
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
  return cache.get("campaigns", [CATALOGUE_TAG], async () => (await sdk.client.fetch<{ campaigns: Campaign[] }>("/store/ocop/campaigns")).campaigns);
}

export function invalidateCampaigns(tags: string[]): number {
  return cache.invalidate(tags);
}

export { runningAt } from "./window.ts";

export async function retrieveCampaign(slug: string): Promise<Campaign | null> {
  try {
    return (await sdk.client.fetch<{ campaign: Campaign }>(`/store/ocop/campaigns/${encodeURIComponent(slug)}`)).campaign;
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}
