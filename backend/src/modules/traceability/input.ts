import { z } from "@medusajs/framework/zod"
import { BIZ_STEPS, DISPOSITIONS, type FieldCode, GS1_TEXT, hasControlCharacters, isGln, isUuid, normaliseGtin, OCOP_TERMS, STANDARDS, UNITS } from "@ocop/core"
import type { NewTraceEvent } from "./service"

/**
 * What a recorder may send for lots and events, shared by the Admin API, the
 * producer portal and the seed. Every problem is named in one 400.
 */

const keys = <T extends Record<string, unknown>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]
const handle = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a handle (a-z, 0-9 and dashes)")
/** Free text shown to consumers: trimmed, no control characters; Astro escapes it when rendered. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasControlCharacters(value), { message: "must not contain control characters", params: { code: "invalid_format", format: "plain_text" } })

export const Location = z
  .object({
    name: text(200),
    place_handle: handle.optional(),
    geo: z
      .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    /** Its GLN when it has one: the EPCIS export then names it by GS1 Digital Link (AI 414). */
    gln: z
      .string()
      .refine(isGln, { message: "must be a GLN: 13 digits with a valid check digit", params: { code: "invalid_format", format: "gln" } })
      .optional(),
  })
  .strict()

/** ILMD keys: CBV master-data attributes, or the properties of our own vocabulary (/ns/ocop). */
const OCOP_PROPERTIES = Object.entries(OCOP_TERMS).flatMap(([name, term]) => (term.kind === "Property" ? [`ocop:${name}`] : []))
const ilmdKey = z
  .string()
  .regex(/^(cbvmda|ocop):[A-Za-z_]+$/, "ILMD keys are cbvmda: or ocop: terms")
  .refine((key) => !key.startsWith("ocop:") || OCOP_PROPERTIES.includes(key), { message: `ocop: ILMD keys are the vocabulary's properties: ${OCOP_PROPERTIES.join(", ")}` })

const QuantityItem = z
  .object({
    /** A material handle ("fresh-tea-leaves"), or "lot" for this lot itself. */
    material: handle,
    label: text(200).optional(),
    label_en: text(200).optional(),
    quantity: z.number().positive(),
    uom: z.enum(keys(UNITS)),
  })
  .strict()

/** An ISO 8601 instant with its offset: the offset is where it happened, and EPCIS keeps it. */
const instant = z.string().datetime({ offset: true, message: "must be an ISO 8601 time with its offset, e.g. 2026-05-10T07:30:00+07:00" })
const day = z.string().date("must be a date (YYYY-MM-DD)")
/** A uuid a client made, the key that makes its retries safe (@ocop/core client-ids). */
const clientUuid = z.string().refine(isUuid, { message: "must be a uuid", params: { code: "invalid_format", format: "uuid" } })

export const TraceEventInput = z
  .object({
    type: z.enum(["ObjectEvent", "TransformationEvent"]).default("ObjectEvent"),
    action: z.enum(["ADD", "OBSERVE", "DELETE"]).optional(),
    biz_step: z.enum(keys(BIZ_STEPS)),
    disposition: z.enum(keys(DISPOSITIONS)).optional(),
    event_time: instant,
    read_point: Location,
    biz_location: Location.optional(),
    serials: z.array(z.string().regex(GS1_TEXT, "must be a serial of this lot")).max(10_000).optional(),
    quantity: z.number().positive().optional(),
    uom: z.enum(keys(UNITS)).optional(),
    ilmd: z.record(ilmdKey, z.union([z.string().max(200), z.number()])).optional(),
    inputs: z.array(QuantityItem).max(50).optional(),
    outputs: z.array(QuantityItem).max(50).optional(),
    note: z
      .object({ vi: text(500), en: text(500).optional() })
      .strict()
      .optional(),
    corrects_event_id: z.string().min(1).optional(),
    /** A client-made EPCIS eventID: the same one again answers with the first event (see appendEvent). */
    event_id: z
      .string()
      .regex(/^urn:uuid:/, "must be urn:uuid: and a uuid")
      .refine((id) => isUuid(id.slice("urn:uuid:".length)), { message: "must be urn:uuid: and a uuid", params: { code: "invalid_format", format: "uuid" } })
      .transform((id) => id.toLowerCase())
      .optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    // params.code is the FieldProblem code of a 400's `fields` (backend/src/api/zod-problems.ts).
    const problem = (path: string, code: FieldCode, message: string) => ctx.addIssue({ code: "custom", path: [path], message, params: { code } })
    if (event.ilmd && event.action !== "ADD") problem("ilmd", "ilmd_not_on_add", "lot master data (ILMD) belongs on an ADD event only")
    if ((event.inputs || event.outputs) && event.type !== "TransformationEvent") problem("inputs", "only_on_transformation", "inputs and outputs belong on a TransformationEvent")
    if (event.type === "TransformationEvent" && !event.inputs?.length) problem("inputs", "required", "a TransformationEvent needs its inputs")
    if (event.type === "TransformationEvent" && event.action) problem("action", "not_on_transformation", "a TransformationEvent has no action")
    if (event.quantity !== undefined && !event.uom) problem("uom", "required", "a quantity needs its unit")
    if (Date.parse(event.event_time) > Date.now() + 5 * 60_000) problem("event_time", "in_future", "must not be in the future")
  })
export type TraceEventInput = z.infer<typeof TraceEventInput>

/** A GTIN-8, -12, -13 or -14, checked and stored as GTIN-14. */
export const Gtin = z
  .string()
  .refine((value) => normaliseGtin(value) !== undefined, {
    message: "must be a GTIN-8, -12, -13 or -14 with a valid check digit",
    params: { code: "invalid_format", format: "gtin" },
  })
  .transform((value) => normaliseGtin(value) as string)

export const LotInput = z
  .object({
    product_id: z.string().min(1),
    variant_id: z.string().min(1).optional(),
    code: z.string().regex(GS1_TEXT, "must be 1–20 letters, digits or GS1 punctuation (no spaces or accents)"),
    gtin: Gtin.optional(),
    quantity: z.number().positive(),
    unit: z.enum(keys(UNITS)),
    area: text(200).optional(),
    area_code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{2,10}(-[A-Z0-9]{1,10}){1,4}$/, "must be a planting-area code such as VN-TNTN-0012")
      .optional(),
    place_handle: handle.optional(),
    harvested_at: day.optional(),
    produced_at: day.optional(),
    packed_at: day.optional(),
    expires_at: day.optional(),
    standards: z
      .array(z.object({ code: z.enum(keys(STANDARDS)), reference: text(100).optional(), issuer: text(200).optional() }).strict())
      .max(10)
      .optional(),
    serial_count: z.number().int().min(0).max(5_000).default(0),
    /** A client-made uuid: the lot's id is made from it (lotIdOf), and the same one again answers with that lot. */
    client_id: clientUuid.optional(),
  })
  .strict()
  .superRefine((lot, ctx) => {
    if (lot.expires_at && lot.packed_at && lot.expires_at < lot.packed_at) {
      ctx.addIssue({ code: "custom", path: ["expires_at"], message: "must not be before packed_at", params: { code: "too_early", after: "packed_at" } })
    }
  })
export type LotInput = z.infer<typeof LotInput>

export const SerialsInput = z.object({ count: z.number().int().min(1).max(5_000) }).strict()

/** "+07:00" from "2026-05-10T07:30:00+07:00"; "Z" is "+00:00". */
export function offsetOf(time: string): string {
  const match = /([+-]\d{2}:\d{2}|Z)$/.exec(time)
  return !match || match[1] === "Z" ? "+00:00" : match[1]
}

/** A validated event as the module appends it. */
export function toNewEvent(input: TraceEventInput, recordedBy: string): NewTraceEvent {
  return {
    type: input.type,
    action: input.type === "TransformationEvent" ? null : (input.action ?? "OBSERVE"),
    biz_step: input.biz_step,
    disposition: input.disposition ?? null,
    event_time: new Date(input.event_time),
    time_zone_offset: offsetOf(input.event_time),
    read_point: input.read_point,
    biz_location: input.biz_location ?? null,
    serials: input.serials ?? null,
    quantity: input.quantity ?? null,
    uom: input.uom ?? null,
    ilmd: input.ilmd ?? null,
    inputs: input.inputs ?? null,
    outputs: input.outputs ?? null,
    note: input.note ?? null,
    corrects_event_id: input.corrects_event_id ?? null,
    recorded_by: recordedBy,
    ...(input.event_id ? { event_id: input.event_id } : {}),
  }
}
