import { model } from "@medusajs/framework/utils"
import { OcopProduct } from "./ocop-product"
import { Producer } from "./producer"

/**
 * A commune in a province (two-level government since 1 July 2025). The
 * district it belonged to before is kept as a historical label, because
 * certificates and press from before then name it.
 */
export const Place = model.define("ocop_place", {
  id: model.id({ prefix: "place" }).primaryKey(),
  handle: model.text().unique(),
  commune: model.text(),
  province: model.text(),
  historical_district: model.text().nullable(),
  producers: model.hasMany(() => Producer, { mappedBy: "place" }),
  ocop_products: model.hasMany(() => OcopProduct, { mappedBy: "place" }),
})
