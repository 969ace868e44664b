import type { Platform } from "../livestreams/rules.js";
import type { IsoDateTime, StoreProductSummary } from "./ocop.js";

/** A livestream sale with its featured published products; click counts are for staff only. */
export type StoreLivestream = {
  id: string;
  slug: string;
  title_vi: string;
  title_en: string | null;
  platform: Platform;
  url: string;
  host: string;
  starts_at: IsoDateTime;
  ends_at: IsoDateTime;
  replay_url: string | null;
  products: StoreProductSummary[];
  updated_at: IsoDateTime;
};

/** GET /store/livestreams: every livestream (upcoming, live, ended), soonest start first. */
export type StoreLivestreamsResponse = { livestreams: StoreLivestream[] };

/** POST /store/livestreams/:id/clicks: counts a followed "watch" link and answers where it leads. */
export type StoreLivestreamClickResponse = { url: string };
