import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { type ProductRow, toProductDocument } from "./product-document"
import { idsAlong, type Related } from "./related-ids"

/**
 * The product search index, declared once for every provider (Postgres by
 * default, Meilisearch when configured). Kept current by product, variant and
 * stock events and by our own OCOP events (records and certificates change a
 * product's facets, producers' and places' names its text).
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
  stars: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["value"] }),
  certificate_status: search.keyword().filterable().facetable(true),
  price_min: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(true),
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
    "variants.manage_inventory",
    "variants.allow_backorder",
    "variants.inventory_items.required_quantity",
    "variants.inventory_items.inventory.location_levels.stocked_quantity",
    "variants.inventory_items.inventory.location_levels.reserved_quantity",
    "ocop_product.*",
    "ocop_product.producer.*",
    "ocop_product.place.*",
    "ocop_product.certificates.*",
  ],
  transform: (rows: ProductRow[]) => rows.flatMap((row) => toProductDocument(row) ?? []),
}

export const OCOP_EVENTS = ["ocop_product.changed", "ocop_certificate.changed"]

const variant = { entity: "product_variant", path: "product_id" }
const stock = (entity: string) => ({ entity, path: "inventory_item.variants.product_id" })
const ocop = (entity: string) => ({ entity, path: "ocop_products.product.id" })
/**
 * Events about what a product document is built from besides the product:
 * variants (prices, whether stock is counted), stock (levels, and the
 * reservations orders make), and the OCOP module's producers and places (whose
 * names the documents carry), each with the path from the event's record to its products.
 */
const RELATED: Record<string, Related> = {
  "product-variant.created": variant,
  "product-variant.updated": variant,
  "product-variant.deleted": variant,
  "inventory-level.created": stock("inventory_level"),
  "inventory-level.updated": stock("inventory_level"),
  "inventory-level.deleted": stock("inventory_level"),
  "reservation-item.created": stock("reservation_item"),
  "reservation-item.updated": stock("reservation_item"),
  "reservation-item.deleted": stock("reservation_item"),
  "ocop.ocop-producer.updated": ocop("ocop_producer"),
  "ocop.ocop-place.updated": ocop("ocop_place"),
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: ["product.created", "product.updated", "product.deleted", ...Object.keys(RELATED), ...OCOP_EVENTS],
  seed: graphSeed(source),
  consume: graphConsume({
    ...source,
    // Our events name the product, or the OCOP record whose product changed;
    // the others name a related record.
    is_delete: (event) => event.name === "product.deleted",
    resolve_ids: async (event, context) => {
      const data = (event.data ?? {}) as { id?: string | string[]; product_id?: string; ocop_product_id?: string }
      if (data.product_id) return data.product_id
      const related = RELATED[event.name]
      if (related && data.id) return idsAlong(context, related, data.id)
      if (data.ocop_product_id) return idsAlong(context, { entity: "ocop_product", path: "product.id" }, data.ocop_product_id)
      return data.id
    },
  }),
})
