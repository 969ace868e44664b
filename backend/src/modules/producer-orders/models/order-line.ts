import { model } from "@medusajs/framework/utils"

/**
 * Which producer an order line belongs to, fixed when the order is placed
 * (a product could change hands later; the order still belongs to whoever
 * sold it). The producer portal lists and fulfils its orders from these.
 */
export const ProducerOrderLine = model.define("producer_order_line", {
  id: model.id({ prefix: "pol" }).primaryKey(),
  order_id: model.text().index(),
  line_item_id: model.text().unique(),
  product_id: model.text(),
  producer_id: model.text().index(),
  producer_handle: model.text(),
  quantity: model.number(),
})
