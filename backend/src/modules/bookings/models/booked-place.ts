import { model } from "@medusajs/framework/utils"

/**
 * Places a cart line takes on a tourism service's date, written while the
 * cart is completed, under Medusa's lock for that service and date (see
 * ../../workflows/hooks/book-places.ts). The row stays with the cart; the
 * cart's order (Medusa's order_cart link) tells whether it still counts.
 */
export const BookedPlace = model
  .define("booked_place", {
    id: model.id({ prefix: "bkp" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    /** YYYY-MM-DD, a day in Vietnam. */
    visit_date: model.text(),
    places: model.number(),
    cart_id: model.text().index(),
    cart_line_id: model.text().unique(),
  })
  .indexes([{ on: ["product_id", "visit_date"] }])
