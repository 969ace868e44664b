import type { StoreProductSummary } from "./ocop.js";

/** A showroom or point of sale with the published products it stocks; `sample` marks demo data. */
export type StoreShowroom = {
  id: string;
  handle: string;
  name: string;
  name_en: string | null;
  address: string;
  place_handle: string | null;
  opening_hours: string;
  opening_hours_en: string | null;
  phone: string | null;
  lat: number | null;
  lng: number | null;
  products: StoreProductSummary[];
  sample: boolean;
};

/** GET /store/showrooms */
export type StoreShowroomsResponse = { showrooms: StoreShowroom[] };
