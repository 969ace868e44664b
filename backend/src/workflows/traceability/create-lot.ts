import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { LotInput } from "../../modules/traceability/input"
import { createLotStep, generateSerialsStep, resolveVariantStep, TRACE_LOT_CHANGED } from "./steps"

/** Opens a lot for a product's variant, with `serial_count` random unit serials. */
export const createLotWorkflow = createWorkflow("create-trace-lot", (input: LotInput) => {
  const variant_id = resolveVariantStep({ product_id: input.product_id, variant_id: input.variant_id })
  const fields = transform({ input }, ({ input }) => {
    const { serial_count: _count, variant_id: _variant, ...lot } = input
    return lot
  })
  const lot = createLotStep({ lot: fields, variant_id })
  const serials = generateSerialsStep(transform({ lot, input }, ({ lot, input }) => ({ lot_id: lot.id, count: input.serial_count })))
  emitEventStep({
    eventName: TRACE_LOT_CHANGED,
    data: transform({ lot }, ({ lot }) => ({ lot_id: lot.id, product_id: lot.product_id })),
  })
  return new WorkflowResponse({ lot, serials })
})
