import { model } from "@medusajs/framework/utils"

/**
 * Who holds a GTIN (GS1 AI 01): exactly one product variant, and a variant
 * holds at most one. Staff assign and move them (`/admin/trace/gtins`); a lot
 * may carry only its own variant's GTIN, which the database checks too
 * (trigger `trace_lot_gtin_held`, migration Migration20261205130000).
 */
export const Gtin = model
  .define("trace_gtin", {
    id: model.id({ prefix: "gtin" }).primaryKey(),
    /** GTIN-14. */
    gtin: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
  })
  .indexes([
    { on: ["gtin"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
  ])
