import type { ShowroomRecord } from "./admin-trade.js";
import type { StoreProductSummary } from "./ocop.js";

/** A showroom or point of sale with the published products it stocks; `sample` marks demo data. */
export type StoreShowroom = Omit<ShowroomRecord, "product_ids"> & { products: StoreProductSummary[] };

/** GET /store/showrooms */
export type StoreShowroomsResponse = { showrooms: StoreShowroom[] };
