import { model } from "@medusajs/framework/utils"
import { Certificate } from "./certificate"
import { Place } from "./place"
import { Producer } from "./producer"

/**
 * The OCOP side of a Medusa product (linked one-to-one in src/links): its
 * product set, producer, place, English texts and story, and certificates.
 */
export const OcopProduct = model.define("ocop_product", {
  id: model.id({ prefix: "ocopp" }).primaryKey(),
  product_set: model.text(),
  title_en: model.text().nullable(),
  description_en: model.text().nullable(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  /** English titles of the product's variants, keyed by their Vietnamese title ("Hộp 100 g" → "Box of 100 g"). */
  variant_titles_en: model.json().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "ocop_products" }),
  place: model.belongsTo(() => Place, { mappedBy: "ocop_products" }),
  certificates: model.hasMany(() => Certificate, { mappedBy: "ocop_product" }),
})
