import type { PriceRangeKey, SearchSort } from "../commerce/price-bands.js";
import type { EntityType } from "../ocop/producers.js";

/**
 * GET /store/ocop/search: words and facets. Numbers and booleans travel as
 * query-string text ("stars=4", "in_stock=true"); the route parses them back.
 */
export type StoreOcopSearchQuery = {
  q?: string;
  group?: string;
  set?: string;
  stars?: number;
  place?: string;
  type?: EntityType;
  in_stock?: boolean;
  price?: PriceRangeKey;
  sort?: SearchSort;
  page?: number;
  limit?: number;
  /** "last": the last word is a prefix (typeahead). */
  mode?: "all" | "last";
};

/** One product from the search index, as much as a result list shows. */
export type StoreSearchHit = {
  id: string;
  handle: string;
  title: string;
  /** The English title, or the Vietnamese one when there is none. */
  title_en: string;
  thumbnail: string;
  producer_name: string;
  place_name: string;
  group: string;
  product_set: string;
  /** Stars of a current certificate; 0 without one. */
  stars: number;
  /** The certificate's status in words a list can show ("expired", "revoked"…); "none" without a certificate. */
  certificate_status: string;
  /** The lowest VND price; absent when the product has none. */
  price_min?: number;
  in_stock: boolean;
};

/** A producer the words name, from the producers index. */
export type StoreSearchProducerHit = { id: string; handle: string; name: string; type: EntityType; place: string; place_name: string };

/** Counts per value of one facet. */
export type StoreValueFacet = { type: "value"; values: { value: string; count: number }[] };
/** Counts per price band, `from` inclusive and `to` exclusive; an open end is left out. */
export type StorePriceRangeCount = { key: string; from?: number; to?: number; count: number };
export type StoreRangeFacet = { type: "range"; ranges: StorePriceRangeCount[] };

export type StoreOcopSearchResponse = {
  hits: StoreSearchHit[];
  /** By field: group, product_set, place, producer_type, stars, in_stock, price_min. */
  facets: Record<string, StoreValueFacet | StoreRangeFacet>;
  count: number;
  /** The first few producers the words name (none without words, or in typeahead mode). */
  producers: StoreSearchProducerHit[];
  page: number;
  limit: number;
};
