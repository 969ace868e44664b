import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { StoreOcopSearchQuery } from "../validators"

const FACETS = ["group", "product_set", "place", "producer_type", "stars", "in_stock"]
const ORDER: Record<StoreOcopSearchQuery["sort"], Record<string, "ASC" | "DESC">> = {
  relevance: { _score: "DESC" },
  "price-asc": { price_min: "ASC" },
  "price-desc": { price_min: "DESC" },
  stars: { stars: "DESC" },
  newest: { created_at: "DESC" },
}

/**
 * GET /store/ocop/search — published OCOP products from the search index
 * (Postgres or Meilisearch), with facet counts for the storefront's filters.
 * Accent-insensitive and typo-tolerant; `mode=last` makes the last word a prefix.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopSearchQuery>, res: MedusaResponse) {
  const q = req.validatedQuery
  const searchService = req.scope.resolve(Modules.SEARCH)
  const filters: Record<string, string | number | boolean> = { status: "published" }
  if (q.q) filters.q = q.q
  if (q.group) filters.group = q.group
  if (q.set) filters.product_set = q.set
  if (q.stars) filters.stars = q.stars
  if (q.place) filters.place = q.place
  if (q.type) filters.producer_type = q.type
  if (q.in_stock !== undefined) filters.in_stock = q.in_stock
  const run = (typos: boolean) =>
    searchService.search({
      entity: "product",
      filters,
      pagination: { skip: (q.page - 1) * q.limit, take: q.limit, order: ORDER[q.sort] },
      search_options: {
        facets: [...FACETS, { field: "price_min", type: "stats" }],
        disjunctive_facets: true,
        typo_tolerance: typos,
        match_strategy: q.mode,
      },
    })
  try {
    // Typo matching scans every document's trigrams, so it runs only when the
    // words as typed (accents folded) find nothing.
    let result = await run(false)
    if (q.q && (result.metadata.count ?? result.hits.length) === 0) result = await run(true)
    res.json({
      hits: result.hits.map((hit) => hit.document),
      facets: result.facets ?? {},
      count: result.metadata.count ?? result.hits.length,
      page: q.page,
      limit: q.limit,
    })
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Search failed: ${(error as Error).message}`)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Search is unavailable right now.")
  }
}
