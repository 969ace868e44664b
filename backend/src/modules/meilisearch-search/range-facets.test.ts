import { describe, expect, it } from "vitest"
import { type RangeFacetRequest, rangeCountQueries, rangeFacets, rangeFilter } from "./range-facets"

const price: RangeFacetRequest = {
  field: "price_min",
  type: "range",
  ranges: [{ key: "under-100k", to: 100000 }, { key: "100k-300k", from: 100000, to: 300000 }, { from: 1000000 }],
}

describe("rangeFilter", () => {
  it("includes from and excludes to, leaving out an open end", () => {
    expect(rangeFilter("price_min", { from: 100000, to: 300000 })).toBe("price_min >= 100000 AND price_min < 300000")
    expect(rangeFilter("price_min", { to: 100000 })).toBe("price_min < 100000")
    expect(rangeFilter("created_at", { from: "2026-01-01" })).toBe('created_at >= "2026-01-01"')
  })
})

describe("rangeCountQueries", () => {
  it("asks one count-only query per range, within the search's own filter", () => {
    const queries = rangeCountQueries({ indexUid: "product_v1", q: "tra", filter: 'status = "published" OR stars = 5' }, [price])
    expect(queries).toHaveLength(3)
    expect(queries[1]).toEqual({
      indexUid: "product_v1",
      q: "tra",
      filter: '(status = "published" OR stars = 5) AND (price_min >= 100000 AND price_min < 300000)',
      hitsPerPage: 0,
      page: 1,
    })
    expect(rangeCountQueries({ indexUid: "product_v1", q: "" }, [price])[0]?.filter).toBe("(price_min < 100000)")
  })
})

describe("rangeFacets", () => {
  it("returns each range with its key, bounds and count, in request order", () => {
    expect(rangeFacets([price], [7, 12, 1])).toEqual({
      price_min: {
        type: "range",
        ranges: [
          { key: "under-100k", to: 100000, count: 7 },
          { key: "100k-300k", from: 100000, to: 300000, count: 12 },
          { key: "1000000-*", from: 1000000, count: 1 },
        ],
      },
    })
  })
})
