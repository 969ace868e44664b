import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

/** One unit of a lot (GS1 AI 21): a random, unguessable code and what its scans look like. */
export const Serial = model.define("trace_serial", {
  id: model.id({ prefix: "ser" }).primaryKey(),
  serial: model.text().unique(),
  scan_count: model.number().default(0),
  first_scanned_at: model.dateTime().nullable(),
  last_scanned_at: model.dateTime().nullable(),
  /** Set once the scans look like a copied code; never cleared by further scans, only by staff. */
  flagged_at: model.dateTime().nullable(),
  flag_reason: model.text().nullable(),
  /** When staff last cleared a wrongly raised flag; only counted scans after it may raise it again. */
  flag_cleared_at: model.dateTime().nullable(),
  lot: model.belongsTo(() => Lot, { mappedBy: "serials" }),
})
