import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { lotIdOf } from "@ocop/core"
import type { LotInput } from "../../modules/traceability/input"
import { createLotStep, generateSerialsStep, lotGtinStep, resolveVariantStep, TRACE_LOT_CHANGED } from "./steps"

/**
 * Opens a lot for a product's variant, with `serial_count` random unit
 * serials. The lot carries its variant's GTIN (lotGtinStep); `assign_gtin`
 * (staff only) lets a GTIN no one holds go to the variant. A lot with a
 * client_id takes the id it names (lotIdOf), so a phone's retry is refused by
 * the primary key (the lots route answers it with the first lot).
 */
export const createLotWorkflow = createWorkflow("create-trace-lot", (input: LotInput & { assign_gtin?: boolean }) => {
  const variant_id = resolveVariantStep({ product_id: input.product_id, variant_id: input.variant_id })
  const gtin = lotGtinStep(
    transform({ input, variant_id }, ({ input, variant_id }) => ({ product_id: input.product_id, variant_id, gtin: input.gtin ?? null, assign: input.assign_gtin === true })),
  )
  const fields = transform({ input, gtin }, ({ input, gtin }) => {
    const { serial_count: _count, variant_id: _variant, assign_gtin: _assign, client_id, ...lot } = input
    return { ...lot, ...(client_id ? { id: lotIdOf(client_id) } : {}), gtin: gtin ?? undefined }
  })
  const lot = createLotStep({ lot: fields, variant_id })
  const serials = generateSerialsStep(transform({ lot, input }, ({ lot, input }) => ({ lot_id: lot.id, count: input.serial_count })))
  emitEventStep({
    eventName: TRACE_LOT_CHANGED,
    data: transform({ lot }, ({ lot }) => ({ lot_id: lot.id, product_id: lot.product_id })),
  })
  return new WorkflowResponse({ lot, serials })
})
