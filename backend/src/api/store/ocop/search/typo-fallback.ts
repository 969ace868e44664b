import type { SearchTypes } from "@medusajs/framework/types"

type Search = { search(query: SearchTypes.SearchQuery): Promise<SearchTypes.SearchResult> }
const countOf = (result: SearchTypes.SearchResult) => result.metadata.count ?? result.hits.length

/**
 * Runs a search as typed (accents folded) and again with typo matching only
 * when its words match nothing at all, filters aside: typo matching scans every
 * document's trigrams on Postgres, and an empty page that the filters cause
 * is the answer, not a typo.
 */
export async function searchWithTypoFallback(search: Search, query: SearchTypes.SearchQuery): Promise<SearchTypes.SearchResult> {
  const withTypos = (typo_tolerance: boolean) => ({ ...query, search_options: { ...query.search_options, typo_tolerance } })
  const exact = await search.search(withTypos(false))
  const q = query.filters?.q
  if (!q || countOf(exact) > 0) return exact
  const words = await search.search({
    entity: query.entity,
    filters: { q },
    pagination: { take: 0 },
    search_options: { typo_tolerance: false, match_strategy: query.search_options?.match_strategy },
  })
  return countOf(words) > 0 ? exact : search.search(withTypos(true))
}
