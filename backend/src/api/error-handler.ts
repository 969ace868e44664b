import { type MedusaNextFunction, type MedusaRequest, type MedusaResponse, errorHandler as medusaErrorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { FieldProblem } from "@ocop/core"
import { fieldsOf } from "./problems"

/**
 * Medusa's error handler, unchanged in status and body, except that every 400
 * of type invalid_data also carries `fields`: the error's own (see invalidData
 * in ./problems.ts), or one { field: "", code: "invalid" } for a 400 thrown
 * without them. Only the JSON body Medusa writes is extended, so every other
 * answer is Medusa's, byte for byte.
 */
export function errorHandler() {
  const medusa = medusaErrorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const fields = fieldsOf(error) ?? [{ field: "", code: "invalid" }]
    const json = res.json.bind(res)
    res.json = (body: unknown) => json(res.statusCode === 400 && isInvalidData(body) ? { ...body, fields } : body)
    return medusa(error, req, res, next)
  }
}

function isInvalidData(body: unknown): body is { type: string; fields?: FieldProblem[] } {
  return typeof body === "object" && body !== null && "type" in body && body.type === MedusaError.Types.INVALID_DATA && !("fields" in body)
}
