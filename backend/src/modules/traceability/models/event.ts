import { model } from "@medusajs/framework/utils"
import { EVENT_TYPES } from "@ocop/core"
import { Lot } from "./lot"

/**
 * One step of a lot's journey, modelled on EPCIS 2.0. Append-only: a
 * correction is a new event naming the one it corrects (corrects_event_id).
 * `hash` covers the event's content and the previous event's hash, so an edit
 * of history breaks the chain (see chain.ts).
 */
export const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "tev" }).primaryKey(),
    /** Position in the lot's chain, from 1. */
    seq: model.number(),
    /** EPCIS eventID (urn:uuid:…). */
    event_id: model.text().unique(),
    type: model.enum([...EVENT_TYPES]),
    action: model.enum(["ADD", "OBSERVE", "DELETE"]).nullable(),
    biz_step: model.text(),
    disposition: model.text().nullable(),
    event_time: model.dateTime(),
    /** The offset where it happened, e.g. +07:00. */
    time_zone_offset: model.text(),
    /** Where: { name, place_handle?, geo? }. */
    read_point: model.json().nullable(),
    biz_location: model.json().nullable(),
    /** What: serials of this lot, and/or a quantity of it. */
    serials: model.json().nullable(),
    quantity: model.float().nullable(),
    uom: model.text().nullable(),
    /** Lot master data, only on commissioning. */
    ilmd: model.json().nullable(),
    /** Transformations: [{ material, label, quantity, uom, lot_id? }]. */
    inputs: model.json().nullable(),
    outputs: model.json().nullable(),
    /** A short note in the recorder's words: { vi, en? }. */
    note: model.json().nullable(),
    corrects_event_id: model.text().nullable(),
    recorded_by: model.text(),
    prev_hash: model.text().nullable(),
    hash: model.text(),
    lot: model.belongsTo(() => Lot, { mappedBy: "events" }),
  })
  .indexes([{ on: ["lot_id", "seq"], unique: true }])
