import { type MedusaNextFunction, type MedusaRequest, type MedusaResponse, errorHandler as medusaErrorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { FieldProblem } from "@ocop/core"
import { badQueryError } from "./bad-query"
import { fieldsOf } from "./problems"

/**
 * Medusa's error handler, unchanged in status and body, except that every 400
 * of type invalid_data also carries `fields`: the error's own (see invalidData
 * in ./problems.ts), or one { field: "", code: "invalid" } for a 400 thrown
 * without them, and a 409 for want of stock keeps its code
 * "insufficient_inventory" (Medusa gives every 409 "invalid_state_error"; see
 * store/carts/stock-gate.ts); a value the database could not take is a 400
 * (./bad-query.ts). Only the JSON body Medusa writes is changed, so every other
 * answer is Medusa's, byte for byte.
 */
export function errorHandler() {
  const medusa = medusaErrorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const refused = badQueryError(error) ?? error
    const fields = fieldsOf(refused) ?? [{ field: "", code: "invalid" }]
    const json = res.json.bind(res)
    res.json = (body: unknown) => json(res.statusCode === 400 && isInvalidData(body) ? { ...body, fields } : soldOut(error, body))
    return medusa(refused, req, res, next)
  }
}

function isInvalidData(body: unknown): body is { type: string; fields?: FieldProblem[] } {
  return typeof body === "object" && body !== null && "type" in body && body.type === MedusaError.Types.INVALID_DATA && !("fields" in body)
}

function soldOut(error: unknown, body: unknown): unknown {
  const code = error instanceof MedusaError ? error.code : undefined
  if (error instanceof MedusaError && error.type === MedusaError.Types.CONFLICT && code === MedusaError.Codes.INSUFFICIENT_INVENTORY && typeof body === "object" && body !== null) {
    return { ...body, code }
  }
  return body
}
