import { z } from "@medusajs/framework/zod"

export const StoreOcopProductsQuery = z.object({
  handle: z.union([z.string().min(1), z.array(z.string().min(1)).max(200)]).optional(),
})
export type StoreOcopProductsQuery = z.infer<typeof StoreOcopProductsQuery>

export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "stars", "newest"] as const

/**
 * The search page's price bands, in whole đồng (VND has no minor unit): `from`
 * inclusive, `to` exclusive, on a product's lowest VND price.
 */
export const PRICE_RANGES = [
  { key: "under-100k", to: 100_000 },
  { key: "100k-300k", from: 100_000, to: 300_000 },
  { key: "300k-1m", from: 300_000, to: 1_000_000 },
  { key: "over-1m", from: 1_000_000 },
] as const satisfies readonly { key: string; from?: number; to?: number }[]

type PriceRangeKey = (typeof PRICE_RANGES)[number]["key"]

export const StoreOcopSearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  group: z.string().max(40).optional(),
  set: z.string().max(40).optional(),
  stars: z.coerce.number().int().min(3).max(5).optional(),
  place: z.string().max(80).optional(),
  type: z.enum(["cooperative", "cooperative_group", "enterprise", "household"]).optional(),
  in_stock: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  price: z.enum(PRICE_RANGES.map((r) => r.key) as [PriceRangeKey, ...PriceRangeKey[]]).optional(),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** "last": the last word is a prefix (typeahead). */
  mode: z.enum(["all", "last"]).default("all"),
})
export type StoreOcopSearchQuery = z.infer<typeof StoreOcopSearchQuery>
