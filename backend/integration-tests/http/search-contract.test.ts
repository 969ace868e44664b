import Medusa from "@medusajs/js-sdk"
import { describe, expect, inject, it } from "vitest"

/**
 * The search contract: one table of queries and what must come back, run
 * against whichever provider the platform under test uses (Postgres by
 * default; Meilisearch when MEILISEARCH_HOST is set).
 */
const { backendUrl, publishableKey } = inject("platform")
const sdk = new Medusa({ baseUrl: backendUrl, publishableKey })

type Hit = { handle: string; title: string; place_name: string; stars: number; group: string; price_min: number }
type Facet = { type: string; values?: { value: unknown; count: number }[]; ranges?: { key: string; from?: number; to?: number; count: number }[] }
type Producer = { handle: string; name: string; type: string; place: string }
async function search(query: Record<string, string>) {
  return sdk.client.fetch<{ hits: Hit[]; count: number; facets: Record<string, Facet>; producers: Producer[] }>("/store/ocop/search", { query })
}
const top = async (q: string, n: number) => (await search({ q, limit: String(n) })).hits.map((h) => h.handle)
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase()

const firstHits: [query: string, expected: string, within: number][] = [
  ["mat ong", "mat-ong-phuc-thanh", 1], // no diacritics
  ["Mật ong", "mat-ong-phuc-thanh", 1], // with diacritics
  ["mien dong", "mien-viet-cuong", 2],
  ["mieen dong", "mien-viet-cuong", 2], // a typo in a longer word
  ["honey", "mat-ong-phuc-thanh", 1], // English name
  ["che tom non", "che-tom-non-hao-dat", 3],
]

/** Words typed with diacritics: the title holding them exactly comes first, though its folded variant matches too. */
const exactFirstHits: [query: string, first: string, alsoFound: string][] = [
  ["trà đỉnh", "hong-dinh-tra-bkq", "tra-dinh-dat-phat"], // Hồng Đỉnh trà, not Trà đinh
  ["trà định", "tra-giao-co-lam-dinh-hoa", "tra-dinh-dat-phat"], // Trà giảo cổ lam Định Hóa
  ["trà đinh", "tra-dinh-dat-phat", "hong-dinh-tra-bkq"],
]

/** Producers the words name, from the producers index: the first one. */
const firstProducers: [query: string, expected: string][] = [
  ["hao dat", "htx-che-hao-dat"], // no diacritics
  ["Phúc Thành", "htx-nuoi-ong-phuc-thanh"], // with diacritics
  ["nuoi ong", "htx-nuoi-ong-phuc-thanh"], // the producer's trade, in its name
  ["thao duoc nguoi dao", "to-hop-tac-thao-duoc-dao-ba-be"],
  ["keep bees", "htx-nuoi-ong-phuc-thanh"], // its English story
]

describe("search contract", () => {
  it.each(firstHits)("%s → %s in the first %i", async (query, expected, within) => {
    expect(await top(query, within)).toContain(expected)
  })

  it("finds Chè Tân Cương typed without diacritics, every top hit from Tân Cương", async () => {
    const { hits } = await search({ q: "che tan cuong", limit: "3" })
    expect(hits).toHaveLength(3)
    for (const hit of hits) expect(fold(`${hit.title} ${hit.place_name}`)).toContain("tan cuong")
  })

  it("filters by stars and group, with facet counts", async () => {
    const five = await search({ stars: "5", limit: "50" })
    expect(five.count).toBeGreaterThanOrEqual(5)
    for (const hit of five.hits) expect(hit.stars).toBe(5)
    const tourism = await search({ group: "tourism" })
    expect(tourism.hits.every((h) => h.group === "tourism")).toBe(true)
    const groups = tourism.facets.group?.values ?? []
    expect(groups.find((v) => v.value === "food")?.count).toBeGreaterThan(10) // disjunctive: other groups still counted
  })

  it("counts products per price band as the band's filter finds them, in whole đồng", async () => {
    for (const q of [undefined, "tra"]) {
      const all = await search({ ...(q && { q }), limit: "50" })
      const bands = all.facets.price_min?.ranges ?? []
      expect(bands.map((b) => b.key)).toEqual(["under-100k", "100k-300k", "300k-1m", "over-1m"])
      expect(bands.filter((b) => b.count > 0).length).toBeGreaterThanOrEqual(2)
      expect(bands.reduce((sum, b) => sum + b.count, 0)).toBe(all.count) // every seeded product has a VND price
      for (const band of bands) {
        const found = await search({ ...(q && { q }), price: band.key, limit: "50" })
        expect(found.count, `${q ?? "all"} · ${band.key}`).toBe(band.count)
        for (const hit of found.hits) {
          expect(hit.price_min).toBeGreaterThanOrEqual(band.from ?? 0)
          expect(hit.price_min).toBeLessThan(band.to ?? Number.POSITIVE_INFINITY)
        }
        // Disjunctive: with one band chosen, the others keep their counts.
        expect(found.facets.price_min?.ranges).toEqual(bands)
      }
    }
  })

  it.each(exactFirstHits)("%s → %s first, though %s matches too", async (query, first, alsoFound) => {
    const handles = (await search({ q: query, limit: "20" })).hits.map((h) => h.handle)
    expect(handles[0]).toBe(first)
    expect(handles).toContain(alsoFound)
  })

  it("pages through a search typed with diacritics in the same order as one long page", async () => {
    const long = (await search({ q: "trà đỉnh", limit: "6" })).hits.map((h) => h.handle)
    const paged = []
    for (const page of ["1", "2", "3"]) paged.push(...(await search({ q: "trà đỉnh", limit: "2", page })).hits.map((h) => h.handle))
    expect(long.length).toBeGreaterThanOrEqual(4)
    expect(paged).toEqual(long)
  })

  it.each(firstProducers)("producers: %s → %s first", async (query, expected) => {
    expect((await search({ q: query })).producers[0]?.handle).toBe(expected)
  })

  it("names producers only for words, narrowed by place and producer type", async () => {
    expect((await search({ stars: "5" })).producers).toEqual([])
    const households = (await search({ q: "ho kinh doanh", type: "household" })).producers
    expect(households.length).toBeGreaterThan(0)
    for (const producer of households) expect(producer.type).toBe("household")
    const inHoaThuong = (await search({ q: "hop tac xa", place: "hoa-thuong" })).producers
    expect(inHoaThuong.length).toBeGreaterThan(1)
    for (const producer of inHoaThuong) expect(producer.place).toBe("hoa-thuong")
  })

  it("returns nothing for nonsense, and a 400 for a malformed filter", async () => {
    expect((await search({ q: "xyzqwv" })).count).toBe(0)
    for (const bad of ["stars=9", "price=cheap"]) {
      const response = await fetch(`${backendUrl}/store/ocop/search?${bad}`, { headers: { "x-publishable-api-key": publishableKey } })
      expect(response.status, bad).toBe(400)
    }
  })
})
