import { describe, expect, it } from "vitest"
import { toProducerDocument } from "../../../../search/producer-document"
import { storeFacets, storeHit, storeProducerHits } from "./hits"

const teaDocument = {
  id: "prod_1",
  handle: "che-tom-non",
  title: "Chè tôm nõn",
  title_en: "Shrimp-bud tea",
  thumbnail: "",
  status: "published",
  sales_channel_ids: ["sc_1"],
  producer_name: "HTX Chè Hảo Đạt",
  place_name: "Tân Cương Thái Nguyên",
  set_name: "Chè Tea",
  story: "A long story kept for matching.",
  folded: "che tom non",
  group: "food",
  product_set: "tea",
  place: "tan-cuong",
  producer_type: "cooperative",
  stars: 5,
  certificate_status: "active",
  price_min: 250000,
  in_stock: true,
  created_at: "2026-01-01T00:00:00.000Z",
}

describe("storeHit", () => {
  it("answers what a result list shows and leaves the texts kept for matching in the index", () => {
    const hit = storeHit(teaDocument)
    expect(hit).toMatchObject({ handle: "che-tom-non", stars: 5, price_min: 250000, in_stock: true })
    expect(hit).not.toHaveProperty("story")
    expect(hit).not.toHaveProperty("folded")
    expect(hit).not.toHaveProperty("sales_channel_ids")
  })

  it("leaves out the lowest price of a product that has none", () => {
    const { price_min: _price, ...unpriced } = teaDocument
    expect(storeHit(unpriced)).not.toHaveProperty("price_min")
  })
})

describe("storeProducerHits", () => {
  it("keeps producers of a known kind only", () => {
    const row = { id: "producer_1", handle: "hao-dat", legal_name: "HTX Chè Hảo Đạt", story_vi: null, story_en: null, place: null }
    const hits = storeProducerHits([toProducerDocument({ ...row, entity_type: "cooperative" }), toProducerDocument({ ...row, entity_type: "guild" })])
    expect(hits).toEqual([{ id: "producer_1", handle: "hao-dat", name: "HTX Chè Hảo Đạt", type: "cooperative", place: "", place_name: "" }])
  })
})

describe("storeFacets", () => {
  it("gives range ends as numbers, keeps value counts, and drops stats", () => {
    const facets = storeFacets({
      group: { type: "value", values: [{ value: "food", count: 3 }] },
      price_min: {
        type: "range",
        ranges: [
          { key: "under-100k", to: "100000", count: 2 },
          { key: "over-1m", from: 1_000_000, count: 0 },
        ],
      },
      stars: { type: "stats", min: 3, max: 5, count: 4 },
    })
    expect(facets).toEqual({
      group: { type: "value", values: [{ value: "food", count: 3 }] },
      price_min: {
        type: "range",
        ranges: [
          { key: "under-100k", to: 100000, count: 2 },
          { key: "over-1m", from: 1000000, count: 0 },
        ],
      },
    })
  })
})
