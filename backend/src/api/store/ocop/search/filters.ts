import { PRICE_RANGES, type StoreOcopSearchQuery } from "../validators"

type Filters = Record<string, string | number | boolean | { $gte?: number; $lt?: number }>

/**
 * The product index's filters for a search query: published products, each
 * chosen facet on its field, and the price band as a range on the lowest price.
 */
export function productFilters(q: StoreOcopSearchQuery): Filters {
  const filters: Filters = { status: "published" }
  if (q.q) filters.q = q.q
  if (q.group) filters.group = q.group
  if (q.set) filters.product_set = q.set
  if (q.stars) filters.stars = q.stars
  if (q.place) filters.place = q.place
  if (q.type) filters.producer_type = q.type
  if (q.in_stock !== undefined) filters.in_stock = q.in_stock
  const band: { from?: number; to?: number } | undefined = PRICE_RANGES.find((r) => r.key === q.price)
  if (band) filters.price_min = { ...(band.from !== undefined && { $gte: band.from }), ...(band.to !== undefined && { $lt: band.to }) }
  return filters
}

/** The producers index's filters: the words, and the place and producer type when chosen (the facets both indexes have). */
export function producerFilters(q: StoreOcopSearchQuery): Filters {
  return { ...(q.q && { q: q.q }), ...(q.place && { place: q.place }), ...(q.type && { type: q.type }) }
}
