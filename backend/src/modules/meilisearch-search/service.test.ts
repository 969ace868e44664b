import type { SearchTypes } from "@medusajs/framework/types"
import { beforeEach, describe, expect, it, vi } from "vitest"
import MeilisearchSearchProvider from "./service"

// No Meilisearch server can run here: the official client is replaced by one
// that records what the provider asks and answers like Meilisearch does.
const search = vi.fn()
const multiSearch = vi.fn()
vi.mock("meilisearch", () => ({
  Meilisearch: class {
    index() {
      return { search }
    }
    multiSearch = multiSearch
  },
}))

const index = { physical_name: "product_v1", primary_key: "id" } as SearchTypes.ResolvedSearchIndexDefinition
const provider = new MeilisearchSearchProvider({}, { host: "http://meili.test" })

beforeEach(() => {
  search.mockReset().mockResolvedValue({
    hits: [{ id: "prod_1", title: "Trà đinh" }],
    estimatedTotalHits: 9,
    processingTimeMs: 1,
    facetDistribution: { stars: { "5": 4, "4": 5 }, price_min: { "120000": 9 } },
    facetStats: { stars: { min: 4, max: 5 }, price_min: { min: 120000, max: 120000 } },
  })
  multiSearch.mockReset().mockResolvedValue({ results: [{ totalHits: 0 }, { totalHits: 9 }] })
})

describe("MeilisearchSearchProvider.search", () => {
  it("counts range facets with one count-only query per range, within the search's filter", async () => {
    const result = await provider.search({
      index,
      q: "tra",
      filters: { status: "published" },
      attributes_to_retrieve: [],
      search_options: {
        facets: [
          {
            field: "price_min",
            type: "range",
            ranges: [
              { key: "low", to: 100000 },
              { key: "mid", from: 100000, to: 300000 },
            ],
          },
        ],
      },
    })
    expect(search.mock.calls[0]?.[1].facets).toBeUndefined()
    expect(multiSearch.mock.calls[0]?.[0].queries.map((q: { filter: string }) => q.filter)).toEqual([
      '(status = "published") AND (price_min < 100000)',
      '(status = "published") AND (price_min >= 100000 AND price_min < 300000)',
    ])
    expect(result.facets?.price_min).toEqual({
      type: "range",
      ranges: [
        { key: "low", to: 100000, count: 0 },
        { key: "mid", from: 100000, to: 300000, count: 9 },
      ],
    })
  })

  it("answers a numeric value facet with its counts, not the stats Meilisearch adds, and asks no range query", async () => {
    const result = await provider.search({
      index,
      q: "tra",
      attributes_to_retrieve: [],
      search_options: { facets: ["stars", { field: "price_min", type: "stats" }] },
    })
    expect(multiSearch).not.toHaveBeenCalled()
    expect(result.facets?.stars).toEqual({
      type: "value",
      values: [
        { value: "4", count: 5 },
        { value: "5", count: 4 },
      ],
    })
    expect(result.facets?.price_min).toEqual({ type: "stats", min: 120000, max: 120000, count: 9 })
  })
})
