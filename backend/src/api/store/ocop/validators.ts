import { z } from "@medusajs/framework/zod"
import type { StoreOcopProductsQuery as ProductsQuery, StoreOcopSearchQuery as SearchQuery } from "@ocop/core"
import { ENTITY_TYPES, PRICE_RANGE_KEYS, PRICE_RANGES, SEARCH_SORTS } from "@ocop/core"
import { conforming } from "../contract"

export const StoreOcopProductsQuery = conforming<ProductsQuery>()(
  z.object({
    handle: z.union([z.string().min(1), z.array(z.string().min(1)).max(200)]).optional(),
  }),
)
export type StoreOcopProductsQuery = z.infer<typeof StoreOcopProductsQuery>

export { PRICE_RANGES, SEARCH_SORTS }

/** Numbers and booleans arrive as query-string text; parsed, they fit the shared type with its defaults filled in. */
export const StoreOcopSearchQuery = conforming<SearchQuery>()(
  z.object({
    q: z.string().trim().max(200).optional(),
    group: z.string().max(40).optional(),
    set: z.string().max(40).optional(),
    stars: z.coerce.number().int().min(3).max(5).optional(),
    place: z.string().max(80).optional(),
    type: z.enum(ENTITY_TYPES).optional(),
    in_stock: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    price: z.enum(PRICE_RANGE_KEYS).optional(),
    sort: z.enum(SEARCH_SORTS).default("relevance"),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** "last": the last word is a prefix (typeahead). */
    mode: z.enum(["all", "last"]).default("all"),
  }),
)
export type StoreOcopSearchQuery = z.infer<typeof StoreOcopSearchQuery>
