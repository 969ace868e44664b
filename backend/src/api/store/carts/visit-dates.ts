import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type FieldProblem, VISIT_DATE_KEY, vietnamDay, visitDateProblem } from "@ocop/core"
import { invalidData } from "../../problems"

type LineInput = { metadata?: unknown }

/**
 * Refuses a cart line whose `metadata.visit_date` is not a day that can be
 * booked (a real YYYY-MM-DD day, from today in Vietnam), on every store route
 * that writes line metadata: creating a cart with `items`, adding a line and
 * updating one. Pages show the dates they can read and ignore the rest
 * (@ocop/core visitDateOf), but nothing new that they cannot read is stored.
 */
export function refuseBadVisitDates(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { items?: unknown } & LineInput
  const lines: [string, LineInput][] = Array.isArray(body.items) ? body.items.map((item, index) => [`items.${index}.`, (item ?? {}) as LineInput]) : [["", body]]
  const today = vietnamDay(new Date())
  const problems: FieldProblem[] = []
  for (const [prefix, line] of lines) {
    const metadata = line.metadata
    if (typeof metadata !== "object" || metadata === null || !(VISIT_DATE_KEY in metadata)) continue
    const field = `${prefix}metadata.${VISIT_DATE_KEY}`
    const problem = visitDateProblem((metadata as Record<string, unknown>)[VISIT_DATE_KEY], today)
    if (problem === "invalid") problems.push({ field, code: "invalid_format", params: { format: "date" } })
    if (problem === "past") problems.push({ field, code: "too_early", params: { after: today } })
  }
  if (problems.length) return next(invalidData(`${problems.map((p) => p.field).join(", ")}: a visit date must be a calendar day (YYYY-MM-DD) from today on`, problems))
  next()
}
