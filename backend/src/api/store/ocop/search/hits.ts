import type { SearchTypes } from "@medusajs/framework/types"
import { ENTITY_TYPES, type EntityType, type StoreOcopSearchResponse, type StoreSearchHit, type StoreSearchProducerHit } from "@ocop/core"
import type { toProducerDocument } from "../../../../search/producer-document"
import type { toProductDocument } from "../../../../search/product-document"

/** What the indexes store (search/product-document.ts, search/producer-document.ts). */
export type ProductDocument = NonNullable<ReturnType<typeof toProductDocument>>
export type ProducerDocument = ReturnType<typeof toProducerDocument>

/** A product document as a result: what a list shows, not the texts kept only for matching. */
export function storeHit(d: ProductDocument): StoreSearchHit {
  return {
    id: d.id,
    handle: d.handle,
    title: d.title,
    title_en: d.title_en,
    thumbnail: d.thumbnail,
    producer_name: d.producer_name,
    place_name: d.place_name,
    group: d.group,
    product_set: d.product_set,
    stars: d.stars,
    certificate_status: d.certificate_status,
    ...(d.price_min !== undefined && { price_min: d.price_min }),
    in_stock: d.in_stock,
  }
}

const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value)

/** A producer document as a result; one of an unknown kind is left out. */
export function storeProducerHits(documents: readonly ProducerDocument[]): StoreSearchProducerHit[] {
  return documents.flatMap((d) => (isEntityType(d.type) ? [{ id: d.id, handle: d.handle, name: d.name, type: d.type, place: d.place, place_name: d.place_name }] : []))
}

/** Value and range facets as the storefront reads them (range ends as numbers; stats are never asked for). */
export function storeFacets(facets: Record<string, SearchTypes.SearchFacetResult>): StoreOcopSearchResponse["facets"] {
  return Object.fromEntries(
    Object.entries(facets).flatMap(([field, facet]): [string, StoreOcopSearchResponse["facets"][string]][] => {
      if (facet.type === "value") return [[field, { type: "value", values: facet.values.map(({ value, count }) => ({ value, count })) }]]
      if (facet.type === "range") {
        const ranges = facet.ranges.map(({ key, from, to, count }) => ({
          key,
          ...(from !== undefined && { from: Number(from) }),
          ...(to !== undefined && { to: Number(to) }),
          count,
        }))
        return [[field, { type: "range", ranges }]]
      }
      return []
    }),
  )
}
