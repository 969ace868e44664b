import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Like Medusa's validateAndTransformBody, but every problem is named with
 * its field ("serials.2: must be a serial of this lot"), so a producer filling
 * a form on a phone knows what to fix. Nothing is written on a 400.
 */
export function validateNamedBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`))
    }
    req.validatedBody = parsed.data
    next()
  }
}
