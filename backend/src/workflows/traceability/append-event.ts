import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NewTraceEvent } from "../../modules/traceability/service"
import { appendEventStep, TRACE_LOT_CHANGED } from "./steps"

/** Appends one event to a lot's chain and tells caches the lot changed. */
export const appendTraceEventWorkflow = createWorkflow("append-trace-event", (input: { lot_id: string; event: NewTraceEvent }) => {
  const appended = appendEventStep(input)
  emitEventStep({
    eventName: TRACE_LOT_CHANGED,
    data: transform({ appended, input }, ({ appended, input }) => ({ lot_id: input.lot_id, product_id: appended.product_id })),
  })
  return new WorkflowResponse(appended.event)
})
