import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { StoreOcopSearchResponse } from "@ocop/core"
import { PRICE_RANGES, type StoreOcopSearchQuery } from "../validators"
import { exactFirst, pageRequest } from "./exact-first"
import { producerFilters, productFilters } from "./filters"
import { type ProducerDocument, type ProductDocument, storeFacets, storeHit, storeProducerHits } from "./hits"
import { searchWithTypoFallback } from "./typo-fallback"

const FACETS = ["group", "product_set", "place", "producer_type", "stars", "in_stock"]
const PRODUCERS_SHOWN = 5
const ORDER: Record<StoreOcopSearchQuery["sort"], Record<string, "ASC" | "DESC">> = {
  relevance: { _score: "DESC" },
  "price-asc": { price_min: "ASC" },
  "price-desc": { price_min: "DESC" },
  stars: { stars: "DESC" },
  newest: { created_at: "DESC" },
}

/**
 * GET /store/ocop/search — published OCOP products from the search index
 * (Postgres or Meilisearch), with facet counts for the storefront's filters,
 * and the first few producers the words name.
 * Accent-insensitive, with words typed with diacritics ranked first where
 * they match exactly; typo-tolerant when the words as typed find nothing;
 * `mode=last` makes the last word a prefix.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopSearchQuery>, res: MedusaResponse<StoreOcopSearchResponse>) {
  const q = req.validatedQuery
  const searchService = req.scope.resolve(Modules.SEARCH)
  const request = pageRequest(q)
  try {
    const [products, producers] = await Promise.all([
      searchWithTypoFallback(searchService, {
        entity: "product",
        filters: productFilters(q),
        pagination: { skip: request.skip, take: request.take, order: ORDER[q.sort] },
        search_options: {
          facets: [...FACETS, { field: "price_min", type: "range", ranges: [...PRICE_RANGES] }],
          disjunctive_facets: true,
          match_strategy: q.mode,
        },
      }),
      // Only a search by words names producers; typeahead suggests products only.
      q.q && q.mode === "all" ? searchWithTypoFallback(searchService, { entity: "producer", filters: producerFilters(q), pagination: { take: PRODUCERS_SHOWN } }) : undefined,
    ])
    const hits = products.hits.map((hit) => storeHit(hit.document as ProductDocument))
    res.json({
      hits: request.slice ? exactFirst(hits, q.q ?? "").slice(request.slice.from, request.slice.to) : hits,
      facets: storeFacets(products.facets ?? {}),
      count: products.metadata.count ?? products.hits.length,
      producers: storeProducerHits(producers?.hits.map((hit) => hit.document as ProducerDocument) ?? []),
      page: q.page,
      limit: q.limit,
    })
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Search failed: ${(error as Error).message}`)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Search is unavailable right now.")
  }
}
