import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invalidData } from "./problems"
import { zodIssueProblems } from "./zod-problems"

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
      return next(invalidData(`Invalid request: ${problems.join("; ")}`, zodIssueProblems(parsed.error.issues, req.body ?? {}), parsed.error))
    }
    req.validatedBody = parsed.data
    next()
  }
}
