import type { StoreCampaign, StoreLivestream, StoreShowroom } from "@ocop/core";
import type { Campaign } from "../../features/campaigns/campaigns.server.ts";
import type { Livestream } from "../../features/livestreams/livestream.ts";
import type { Showroom } from "../../features/showrooms/showroom.ts";

/** The backend's livestream as ours. */
export function reshapeLivestream(raw: StoreLivestream): Livestream {
  return {
    id: raw.id,
    slug: raw.slug,
    title: { vi: raw.title_vi, en: raw.title_en },
    platform: raw.platform,
    host: raw.host,
    startsAt: new Date(raw.starts_at),
    endsAt: new Date(raw.ends_at),
    replayUrl: raw.replay_url,
    products: raw.products,
    updatedAt: new Date(raw.updated_at),
  };
}

/** The backend's showroom as ours. */
export function reshapeShowroom(raw: StoreShowroom): Showroom {
  return {
    id: raw.id,
    handle: raw.handle,
    name: { vi: raw.name, en: raw.name_en },
    address: raw.address,
    placeHandle: raw.place_handle,
    openingHours: { vi: raw.opening_hours, en: raw.opening_hours_en },
    phone: raw.phone,
    geo: raw.lat !== null && raw.lng !== null ? { lat: raw.lat, lng: raw.lng } : null,
    products: raw.products,
    sample: raw.sample,
  };
}

/** The backend's campaign as the storefront shows it; whether it runs is decided per request (runningAt). */
export function reshapeCampaign(raw: StoreCampaign): Campaign {
  return {
    slug: raw.slug,
    title: raw.title,
    body: raw.body,
    banner: raw.banner,
    featured_product_ids: raw.featured_product_ids,
    starts_at: raw.starts_at,
    ends_at: raw.ends_at,
    codes: raw.codes,
  };
}
