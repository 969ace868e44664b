import type { SearchTypes } from "@medusajs/framework/types"

export type RangeFacetRequest = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>
type Range = RangeFacetRequest["ranges"][number]

const bound = (value: number | string) => (typeof value === "number" ? String(value) : JSON.stringify(value))

/** A range as a Meilisearch filter: `from` inclusive, `to` exclusive, as the Search Module defines them. */
export function rangeFilter(field: string, range: Range): string {
  const parts = [...(range.from !== undefined ? [`${field} >= ${bound(range.from)}`] : []), ...(range.to !== undefined ? [`${field} < ${bound(range.to)}`] : [])]
  return parts.join(" AND ")
}

/**
 * Meilisearch has no range facets, so each range is counted by a query of its
 * own (no hits, only the total: exact up to the index's maxTotalHits), the
 * search's filter and the range's ANDed.
 */
export function rangeCountQueries<Q extends object>(query: Q & { filter?: string | undefined }, requests: RangeFacetRequest[]) {
  return requests.flatMap((request) =>
    request.ranges.map((range) => {
      const filter = [query.filter, rangeFilter(request.field, range)]
        .filter(Boolean)
        .map((f) => `(${f})`)
        .join(" AND ")
      return { ...query, filter: filter || undefined, hitsPerPage: 0, page: 1 }
    }),
  )
}

/** The counts of rangeCountQueries' answers (in the same order) as the Search Module's range facets. */
export function rangeFacets(requests: RangeFacetRequest[], totals: number[]): Record<string, SearchTypes.SearchFacetResult> {
  let next = 0
  return Object.fromEntries(
    requests.map((request) => [
      request.field,
      {
        type: "range" as const,
        ranges: request.ranges.map((range) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          ...(range.from !== undefined && { from: range.from }),
          ...(range.to !== undefined && { to: range.to }),
          count: totals[next++] ?? 0,
        })),
      },
    ]),
  )
}
