import { describe, expect, it } from "vitest"
import { exactFirst, exactWords, hasDiacritics, pageRequest } from "./exact-first"

describe("hasDiacritics", () => {
  it("tells words typed with marks or đ from words typed without", () => {
    expect(hasDiacritics("trà đỉnh")).toBe(true)
    expect(hasDiacritics("Đa")).toBe(true)
    expect(hasDiacritics("tra dinh")).toBe(false)
  })
})

describe("exactWords", () => {
  it("counts the query's words with diacritics that the title holds exactly, case aside", () => {
    expect(exactWords("trà đỉnh", "Hồng Đỉnh trà")).toBe(2)
    expect(exactWords("trà đỉnh", "Trà đinh Đạt Phát")).toBe(1)
    expect(exactWords("tra đỉnh", "Trà đinh Đạt Phát")).toBe(0)
  })

  it("compares composed and decomposed Unicode alike", () => {
    expect(exactWords("trà".normalize("NFD"), "Trà xanh")).toBe(1)
  })
})

describe("exactFirst", () => {
  const hits = [{ title: "Trà đinh Đạt Phát" }, { title: "Hồng Đỉnh trà" }, { title: "Trà giảo cổ lam Định Hóa" }]
  it("puts the titles that hold the words as typed first, otherwise keeping the engine's order", () => {
    expect(exactFirst(hits, "trà đỉnh").map((h) => h.title)).toEqual(["Hồng Đỉnh trà", "Trà đinh Đạt Phát", "Trà giảo cổ lam Định Hóa"])
    expect(exactFirst(hits, "trà định").map((h) => h.title)).toEqual(["Trà giảo cổ lam Định Hóa", "Trà đinh Đạt Phát", "Hồng Đỉnh trà"])
    expect(exactFirst(hits, "tra dinh")).toEqual(hits)
  })
})

describe("pageRequest", () => {
  const base = { q: "trà đỉnh", sort: "relevance", mode: "all", page: 1, limit: 20 }
  it("asks for the whole re-ranked window for a page within it, and cuts the page from it", () => {
    expect(pageRequest(base)).toEqual({ skip: 0, take: 100, slice: { from: 0, to: 20 } })
    expect(pageRequest({ ...base, page: 5 })).toEqual({ skip: 0, take: 100, slice: { from: 80, to: 100 } })
    expect(pageRequest({ ...base, limit: 30, page: 4 })).toEqual({ skip: 0, take: 120, slice: { from: 90, to: 120 } })
  })

  it("asks for the page alone past the window, without diacritics, by another order or for typeahead", () => {
    expect(pageRequest({ ...base, page: 6 })).toEqual({ skip: 100, take: 20 })
    expect(pageRequest({ ...base, q: "tra dinh" })).toEqual({ skip: 0, take: 20 })
    expect(pageRequest({ ...base, sort: "price-asc" })).toEqual({ skip: 0, take: 20 })
    expect(pageRequest({ ...base, mode: "last" })).toEqual({ skip: 0, take: 20 })
  })
})
