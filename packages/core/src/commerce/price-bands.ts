/**
 * The search page's price bands, in whole đồng (VND has no minor unit): `from`
 * inclusive, `to` exclusive, on a product's lowest VND price.
 */
export const PRICE_RANGES = [
  { key: "under-100k", to: 100_000 },
  { key: "100k-300k", from: 100_000, to: 300_000 },
  { key: "300k-1m", from: 300_000, to: 1_000_000 },
  { key: "over-1m", from: 1_000_000 },
] as const satisfies readonly { key: string; from?: number; to?: number }[];
export type PriceRangeKey = (typeof PRICE_RANGES)[number]["key"];
export const PRICE_RANGE_KEYS = PRICE_RANGES.map((r) => r.key) as [PriceRangeKey, ...PriceRangeKey[]];

/** How search results can be ordered. */
export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "stars", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
