import { describe, expect, it } from "vitest"
import { StoreOcopSearchQuery } from "../validators"
import { producerFilters, productFilters } from "./filters"

const query = (params: Record<string, string>) => StoreOcopSearchQuery.parse(params)

describe("productFilters", () => {
  it("maps the query's facets to the index's fields", () => {
    expect(productFilters(query({ q: "chè", set: "tea", type: "household", in_stock: "false" }))).toEqual({
      status: "published",
      q: "chè",
      product_set: "tea",
      producer_type: "household",
      in_stock: false,
    })
  })

  it("turns a price band into a range on the lowest price, open at its ends", () => {
    expect(productFilters(query({ price: "100k-300k" })).price_min).toEqual({ $gte: 100000, $lt: 300000 })
    expect(productFilters(query({ price: "under-100k" })).price_min).toEqual({ $lt: 100000 })
    expect(productFilters(query({ price: "over-1m" })).price_min).toEqual({ $gte: 1000000 })
  })

  it("refuses a price band it does not know", () => {
    expect(StoreOcopSearchQuery.safeParse({ price: "cheap" }).success).toBe(false)
  })
})

describe("producerFilters", () => {
  it("keeps the words, place and producer type, the filters producers have", () => {
    expect(producerFilters(query({ q: "hảo đạt", place: "tan-cuong", type: "cooperative", stars: "5", price: "over-1m" }))).toEqual({
      q: "hảo đạt",
      place: "tan-cuong",
      type: "cooperative",
    })
  })
})
