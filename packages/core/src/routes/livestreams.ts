import type { LivestreamRecord } from "./admin-trade.js";
import type { IsoDateTime, StoreProductSummary } from "./ocop.js";
import type { Wire } from "./wire.js";

/** A livestream sale with its featured published products; click counts are for staff only. */
export type StoreLivestream = Omit<Wire<LivestreamRecord>, "product_ids" | "click_count"> & { products: StoreProductSummary[]; updated_at: IsoDateTime };

/** GET /store/livestreams: every livestream (upcoming, live, ended), soonest start first. */
export type StoreLivestreamsResponse = { livestreams: StoreLivestream[] };

/** POST /store/livestreams/:id/clicks: counts a followed "watch" link and answers where it leads. */
export type StoreLivestreamClickResponse = { url: string };
