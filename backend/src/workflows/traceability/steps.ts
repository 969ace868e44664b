import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type FieldCode, lotTextFacts, newShortCode, type Problem, vietnamDate } from "@ocop/core"
import { invalidData, toFieldProblem } from "../../api/problems"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type { LotInput } from "../../modules/traceability/input"
import type TraceabilityModuleService from "../../modules/traceability/service"
import type { NewTraceEvent } from "../../modules/traceability/service"
import { gtinOfVariant, holderName, holderOfGtin } from "./gtins"

export const TRACE_LOT_CHANGED = "trace_lot.changed"

/** The product's variant the lot belongs to (the only one when none is named); 400 when it is not the product's. */
export const resolveVariantStep = createStep("resolve-lot-variant", async (input: { product_id: string; variant_id?: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { id: input.product_id } })
  const product = data[0] as { id: string; variants?: { id: string }[] } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found.`)
  const variants = (product.variants ?? []).map((v) => v.id)
  const variant_id = input.variant_id ?? (variants.length === 1 ? variants[0] : undefined)
  if (!variant_id || !variants.includes(variant_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      input.variant_id
        ? `Variant ${input.variant_id} is not a variant of product ${input.product_id}.`
        : `Product ${input.product_id} has ${variants.length} variants: name the lot's variant_id.`,
    )
  }
  return new StepResponse(variant_id)
})

/** Creates the lot with a fresh short code; compensation removes it (and any serials) again. */
export const createLotStep = createStep(
  "create-trace-lot",
  async (input: { lot: Omit<LotInput, "serial_count" | "variant_id" | "client_id"> & { id?: string }; variant_id: string }, { container }) => {
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const existing = await trace.listTraceLots({ product_id: input.lot.product_id, code: input.lot.code })
    if (existing.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Product ${input.lot.product_id} already has a lot ${input.lot.code}.`)
    }
    const date = (value?: string) => (value ? vietnamDate(value) : null)
    const lot = await trace.createTraceLots({
      ...input.lot,
      variant_id: input.variant_id,
      short_code: newShortCode(),
      gtin: input.lot.gtin ?? null,
      ...lotTextFacts(input.lot),
      place_handle: input.lot.place_handle ?? null,
      harvested_at: date(input.lot.harvested_at),
      produced_at: date(input.lot.produced_at),
      packed_at: date(input.lot.packed_at),
      expires_at: date(input.lot.expires_at),
      standards: (input.lot.standards ?? null) as Record<string, unknown> | null,
    })
    return new StepResponse(lot, lot.id)
  },
  async (lotId, { container }) => {
    if (!lotId) return
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const serials = await trace.listTraceSerials({ lot_id: lotId }, { select: ["id"], take: null })
    await trace.deleteTraceSerials(serials.map((s) => s.id))
    await trace.deleteTraceLots(lotId)
  },
)

export const generateSerialsStep = createStep(
  "generate-trace-serials",
  async (input: { lot_id: string; count: number }, { container }) => {
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    if (input.count === 0) return new StepResponse([] as string[], [] as string[])
    const serials = await trace.generateSerials(input.lot_id, input.count)
    return new StepResponse(
      serials.map((s) => s.serial),
      serials.map((s) => s.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await trace.deleteTraceSerials(ids)
  },
)

/**
 * Checks an event against its lot: the serials it names are the lot's, the
 * event it corrects is the lot's. Appending is the workflow's last write and
 * has no compensation: history is never rewritten.
 */
export const appendEventStep = createStep("append-trace-event", async (input: { lot_id: string; event: NewTraceEvent }, { container }) => {
  const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id: input.lot_id }, { select: ["id", "product_id"] })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${input.lot_id} was not found.`)
  const problems: Problem[] = []
  const named = (input.event.serials as string[] | null) ?? []
  if (named.length) {
    const found = await trace.listTraceSerials({ lot_id: lot.id, serial: named }, { select: ["serial"], take: null })
    const known = new Set(found.map((s) => s.serial))
    const unknown = named.filter((s) => !known.has(s))
    if (unknown.length) {
      const serials = `${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}`
      problems.push({ field: "serials", code: "unknown_serial", message: `serials not of this lot: ${serials}`, params: { serials } })
    }
  }
  if (input.event.corrects_event_id) {
    const [corrected] = await trace.listTraceEvents({ id: input.event.corrects_event_id, lot_id: lot.id }, { select: ["id"] })
    if (!corrected) {
      const id = input.event.corrects_event_id
      problems.push({ field: "corrects_event_id", code: "unknown_event", message: `corrects_event_id ${id} is not an event of this lot`, params: { id } })
    }
  }
  if (problems.length) throw invalidData(`Invalid trace event: ${problems.map((p) => p.message).join("; ")}.`, problems.map(toFieldProblem))
  const event = await trace.appendEvent(lot.id, input.event)
  return new StepResponse({ event, product_id: lot.product_id })
})

/**
 * The GTIN a new lot carries: its variant's (when the lot names none, or the
 * same one). Another product's GTIN is refused naming who holds it; a GTIN no
 * one holds is assigned to the variant only when staff open the lot
 * (`assign`), since the trade department checks GS1 registrations; a
 * producer is told to ask. Compensation takes back an assignment made here.
 */
export const lotGtinStep = createStep(
  "lot-gtin",
  async (input: { product_id: string; variant_id: string; gtin?: string | null; assign: boolean }, { container }) => {
    const held = await gtinOfVariant(container, input.variant_id)
    const refuse = (code: FieldCode, message: string, params?: Record<string, string>) =>
      invalidData(message, [toFieldProblem({ field: "gtin", code, message, ...(params ? { params } : {}) })])
    if (!input.gtin) return new StepResponse(held, null as string | null)
    if (held === input.gtin) return new StepResponse(held, null as string | null)
    const holder = await holderOfGtin(container, input.gtin)
    if (holder) {
      const name = await holderName(container, holder.product_id)
      throw refuse("gtin_held", `GTIN ${input.gtin} belongs to ${name}.`, { holder: name })
    }
    if (held) throw refuse("gtin_not_variants", `GTIN ${input.gtin} is not this product's: its GTIN is ${held}.`, { gtin: held })
    if (!input.assign) throw refuse("gtin_unassigned", `GTIN ${input.gtin} is not assigned to any product: the trade department assigns GTINs.`)
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const created = await trace.createTraceGtins({ gtin: input.gtin, product_id: input.product_id, variant_id: input.variant_id })
    return new StepResponse(input.gtin as string | null, created.id as string | null)
  },
  async (assignedId, { container }) => {
    if (!assignedId) return
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await trace.deleteTraceGtins(assignedId)
  },
)
