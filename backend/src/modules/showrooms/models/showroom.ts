import { model } from "@medusajs/framework/utils"

/**
 * A place where OCOP products can be seen and bought: the provincial showroom,
 * shops and stalls that stock them. `sample` marks demo data (the seed's), which
 * every page showing it says.
 */
export const Showroom = model
  .define("showroom", {
    id: model.id({ prefix: "shrm" }).primaryKey(),
    handle: model.text(),
    name: model.text(),
    name_en: model.text().nullable(),
    address: model.text(),
    /** The commune (OCOP place handle, e.g. "thinh-duc"). */
    place_handle: model.text().nullable(),
    opening_hours: model.text(),
    opening_hours_en: model.text().nullable(),
    phone: model.text().nullable(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
    /** Medusa product ids stocked here, checked to exist when written. */
    product_ids: model.array(),
    sample: model.boolean().default(false),
  })
  .indexes([{ on: ["handle"], unique: true }])
