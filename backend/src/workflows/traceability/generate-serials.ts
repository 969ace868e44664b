import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generateSerialsStep } from "./steps"

/** Adds unit serials to an existing lot (labels for another print run). */
export const generateSerialsWorkflow = createWorkflow("generate-trace-serials", (input: { lot_id: string; count: number }) => {
  return new WorkflowResponse(generateSerialsStep(input))
})
