import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { type ProductRow, toProductDocument } from "./product-document"

/**
 * The product search index, declared once for every provider (Postgres by
 * default, Meilisearch when configured). Kept current by product events and by
 * our own OCOP events (records and certificates change a product's facets).
 */
const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 5 }),
  title_en: search.text().searchable({ weight: 4 }),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  producer_name: search.text().searchable({ weight: 2 }),
  place_name: search.text().searchable({ weight: 2 }),
  set_name: search.text().searchable({ weight: 2 }),
  story: search.text().searchable({ weight: 1 }),
  folded: search.text().searchable({ weight: 3 }).retrievable(false),
  group: search.keyword().filterable().facetable(true),
  product_set: search.keyword().filterable().facetable(true),
  place: search.keyword().filterable().facetable(true),
  producer_type: search.keyword().filterable().facetable(true),
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  certificate_status: search.keyword().filterable().facetable(true),
  price_min: search.integer().filterable().sortable().facetable({ types: ["stats"] }),
  created_at: search.date().sortable(),
})

const source = {
  fields: [
    "id",
    "handle",
    "title",
    "description",
    "thumbnail",
    "status",
    "created_at",
    "sales_channels.id",
    "variants.prices.amount",
    "variants.prices.currency_code",
    "ocop_product.*",
    "ocop_product.producer.*",
    "ocop_product.place.*",
    "ocop_product.certificates.*",
  ],
  transform: (rows: ProductRow[]) => rows.flatMap((row) => toProductDocument(row) ?? []),
}

export const OCOP_EVENTS = ["ocop_product.changed", "ocop_certificate.changed"]
/** Price changes arrive as variant events: they are mapped to their product. */
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated"]

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: ["product.created", "product.updated", "product.deleted", ...VARIANT_EVENTS, ...OCOP_EVENTS],
  seed: graphSeed(source),
  consume: graphConsume({
    ...source,
    // Our events name the product, or the OCOP record whose product changed;
    // variant events name the variant.
    is_delete: (event) => event.name === "product.deleted",
    resolve_ids: async (event, context) => {
      const data = (event.data ?? {}) as { id?: string | string[]; product_id?: string; ocop_product_id?: string }
      if (data.product_id) return data.product_id
      if (VARIANT_EVENTS.includes(event.name) && data.id) {
        const { data: variants } = await context.container.query.graph({
          entity: "product_variant",
          fields: ["product_id"],
          filters: { id: data.id },
        })
        return (variants as { product_id: string }[]).map((v) => v.product_id)
      }
      if (data.ocop_product_id) {
        const { data: rows } = await context.container.query.graph({
          entity: "ocop_product",
          fields: ["product.id"],
          filters: { id: data.ocop_product_id },
        })
        return (rows as { product?: { id: string } }[]).flatMap((r) => (r.product ? [r.product.id] : []))
      }
      return data.id
    },
  }),
})

