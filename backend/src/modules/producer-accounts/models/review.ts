import { model } from "@medusajs/framework/utils"

/**
 * A change a producer asked for that the trade department must review: a new
 * product (published only when approved), or a change to a certified
 * attribute (a product's title or set, the producer's legal name), applied
 * only when approved.
 */
export const ProducerReview = model.define("producer_review", {
  id: model.id({ prefix: "prev" }).primaryKey(),
  producer_id: model.text().index(),
  producer_user_id: model.text(),
  kind: model.enum(["new_product", "product_title", "product_set", "producer_name"]),
  /** The product (for product changes). */
  product_id: model.text().nullable(),
  current_value: model.text().nullable(),
  proposed_value: model.text().nullable(),
  status: model.enum(["open", "approved", "rejected"]).default("open"),
  decided_at: model.dateTime().nullable(),
  decided_by: model.text().nullable(),
  reason: model.text().nullable(),
})
