import { model } from "@medusajs/framework/utils"
import { DEVICE_CLASSES } from "@ocop/core"

/**
 * One resolve of a code: when, roughly where (a region a proxy reports, never
 * an address) and on what kind of device. No IP, no user agent, no person.
 */
export const Scan = model.define("trace_scan", {
  id: model.id({ prefix: "scan" }).primaryKey(),
  lot_id: model.text().index(),
  serial_id: model.text().index().nullable(),
  scanned_at: model.dateTime(),
  region: model.text().nullable(),
  /** A keyed hash of the client's address (never the address), from the storefront. */
  client: model.text().nullable(),
  /** Whether this view counted toward its unit's scan count (a browser's, once per client per window). */
  counted: model.boolean().default(false),
  device_class: model.enum([...DEVICE_CLASSES]),
  via: model.enum(["gs1", "short"]),
})
