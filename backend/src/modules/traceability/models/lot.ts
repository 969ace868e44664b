import { model } from "@medusajs/framework/utils"
import { TraceEvent } from "./event"
import { Serial } from "./serial"

/**
 * A batch of one product variant (GS1 AI 10). Its facts are what the producer
 * declared when the lot was made; what happened to it since lives in its events.
 */
export const Lot = model
  .define("trace_lot", {
    id: model.id({ prefix: "lot" }).primaryKey(),
    product_id: model.text().index(),
    variant_id: model.text(),
    /** The producer's own lot code, printed on the package (AI 10). */
    code: model.text(),
    /** Our short code, for products without a GTIN: /t/{short_code}. */
    short_code: model.text().unique(),
    /** GTIN-14, when the product has one. */
    gtin: model.text().nullable(),
    quantity: model.float(),
    /** UN/ECE Recommendation 20 unit: KGM, LTR, H87 (piece)… */
    unit: model.text(),
    /** The farm, garden or area the raw material came from. */
    area: model.text().nullable(),
    /** The area's planting-area code (mã số vùng trồng), e.g. VN-TNTN-0012, when it has one. */
    area_code: model.text().nullable(),
    place_handle: model.text().nullable(),
    harvested_at: model.dateTime().nullable(),
    produced_at: model.dateTime().nullable(),
    packed_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    /** Standards applied: [{ code: "vietgap", reference: "VietGAP-TT-19-06-0012", issuer: "…" }]. */
    standards: model.json().nullable(),
    serials: model.hasMany(() => Serial, { mappedBy: "lot" }),
    events: model.hasMany(() => TraceEvent, { mappedBy: "lot" }),
  })
  .indexes([
    { on: ["product_id", "code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["gtin", "code"], unique: true, where: "gtin IS NOT NULL AND deleted_at IS NULL" },
  ])
