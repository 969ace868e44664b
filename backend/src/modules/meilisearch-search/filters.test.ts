import { describe, expect, it } from "vitest"
import { toMeiliFilter } from "./filters"

describe("toMeiliFilter", () => {
  it("turns equality, lists and ranges into one AND expression, leaving the query out", () => {
    expect(toMeiliFilter({ q: "che", status: "published", stars: 5, group: { $in: ["food", "herbal"] }, price_min: { $gte: 100000, $lt: 500000 } })).toBe(
      'status = "published" AND stars = 5 AND group IN ["food", "herbal"] AND price_min >= 100000 AND price_min < 500000',
    )
  })

  it("nests $or and $not, and quotes strings safely", () => {
    expect(toMeiliFilter({ $or: [{ place: 'tan "cuong"' }, { place: "hoa-thuong" }], $not: { stars: 3 } })).toBe(
      '((place = "tan \\"cuong\\"") OR (place = "hoa-thuong")) AND NOT (stars = 3)',
    )
  })

  it("refuses an operator it cannot translate", () => {
    expect(() => toMeiliFilter({ title: { $like: "%che%" } })).toThrow("$like")
  })
})
