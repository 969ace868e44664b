import { model } from "@medusajs/framework/utils"
import { ENTITY_TYPES } from "@ocop/core"
import { OcopProduct } from "./ocop-product"
import { Place } from "./place"

export { ENTITY_TYPES }

/** A chủ thể OCOP: the cooperative, group, firm or household that makes products. */
export const Producer = model.define("ocop_producer", {
  id: model.id({ prefix: "producer" }).primaryKey(),
  handle: model.text().unique(),
  legal_name: model.text().searchable(),
  /** The name in English, for /en pages; null: the Vietnamese name is shown. */
  legal_name_en: model.text().nullable(),
  entity_type: model.enum([...ENTITY_TYPES]),
  women_led: model.boolean().default(false),
  ethnic_minority_led: model.boolean().default(false),
  circular_green: model.boolean().default(false),
  modern_channels: model.boolean().default(false),
  address: model.text().nullable(),
  /** Its GLN (GS1 Global Location Number), when it has one. */
  gln: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  website: model.text().nullable(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  place: model.belongsTo(() => Place, { mappedBy: "producers" }),
  ocop_products: model.hasMany(() => OcopProduct, { mappedBy: "producer" }),
})
