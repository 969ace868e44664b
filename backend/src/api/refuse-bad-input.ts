import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FieldProblem } from "@ocop/core"
import { invalidData } from "./problems"

/** The most rows a list may be asked for in one page (well above what any page of ours or the Admin asks). */
const MAX_LIMIT = 10_000

/**
 * Input every route refuses before it runs, with a 400 that says why, rather
 * than the 500 Postgres or Medusa's core routes would answer: a NUL byte
 * anywhere in the address (Postgres cannot store one in text), and a `limit` or
 * `offset` that is not a whole number from 0 (`limit` at most 10,000).
 */
export function refuseBadInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url ?? ""
  if (url.includes("\0") || /%00/i.test(url)) return next(invalidData("the address holds a NUL character", [{ field: "", code: "invalid" }]))
  const problems: FieldProblem[] = []
  for (const [name, maximum] of [
    ["limit", MAX_LIMIT],
    ["offset", Number.MAX_SAFE_INTEGER],
  ] as const) {
    const value = (req.query as Record<string, unknown>)[name]
    if (value === undefined) continue
    const text = Array.isArray(value) ? "" : String(value)
    if (!/^\d{1,15}$/.test(text)) problems.push({ field: name, code: "invalid_type", params: { expected: "integer", received: text.slice(0, 20) } })
    else if (Number(text) > maximum) problems.push({ field: name, code: "too_big", params: { maximum, origin: "number", inclusive: true } })
  }
  if (problems.length) return next(invalidData(`${problems.map((p) => p.field).join(" and ")} must be a whole number from 0`, problems))
  next()
}
