import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it, vi } from "vitest"
import { searchWithTypoFallback } from "./typo-fallback"

const result = (count: number): SearchTypes.SearchResult => ({ hits: [], metadata: { skip: 0, take: 20, count } })
/** A search that finds `words` documents for the words alone and `filtered` with the filters too; typos find 5. */
const engine = (words: number, filtered: number) =>
  vi.fn(async (query: SearchTypes.SearchQuery) => {
    if (query.search_options?.typo_tolerance) return result(5)
    return result(Object.keys(query.filters ?? {}).length > 1 ? filtered : words)
  })
const query: SearchTypes.SearchQuery = { entity: "product", filters: { q: "mieen", stars: 5 }, search_options: { match_strategy: "all" } }

describe("searchWithTypoFallback", () => {
  it("answers as typed when the words and filters find something, in one search", async () => {
    const search = engine(3, 2)
    expect((await searchWithTypoFallback({ search }, query)).metadata.count).toBe(2)
    expect(search).toHaveBeenCalledTimes(1)
  })

  it("keeps an empty answer that the filters cause, without typo matching", async () => {
    const search = engine(3, 0)
    expect((await searchWithTypoFallback({ search }, query)).metadata.count).toBe(0)
    expect(search.mock.calls.some(([q]) => q.search_options?.typo_tolerance)).toBe(false)
  })

  it("matches typos when the words themselves find nothing", async () => {
    const search = engine(0, 0)
    expect((await searchWithTypoFallback({ search }, query)).metadata.count).toBe(5)
    expect(search.mock.calls.at(-1)?.[0].filters).toEqual(query.filters)
  })

  it("never matches typos without words", async () => {
    const search = engine(0, 0)
    await searchWithTypoFallback({ search }, { entity: "product", filters: { stars: 5 } })
    expect(search).toHaveBeenCalledTimes(1)
  })
})
