import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FieldProblem } from "@ocop/core"
import { invalidData } from "./problems"

/** The most rows a list may be asked for in one page (well above what any page of ours or the Admin asks). */
const MAX_LIMIT = 10_000

/**
 * Input every route refuses before it runs, with a 400 that says why, rather
 * than the 500 Postgres or Medusa's core routes would answer: a NUL byte
 * anywhere in the address or in a text (or key) of the body (Postgres cannot
 * store one in text, nor in jsonb), a path whose percent-encoding is not
 * UTF-8 (Express would fail decoding it into a route's parameters with a 500), and a `limit` or
 * `offset` that is not a whole number from 0 (`limit` at most 10,000).
 */
export function refuseBadInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url ?? ""
  if (url.includes("\0") || /%00/i.test(url)) return next(invalidData("the address holds a NUL character", [{ field: "", code: "invalid" }]))
  if (!decodable(req.path ?? "")) return next(invalidData("the address holds a broken percent-encoding", [{ field: "", code: "invalid" }]))
  const nulAt = nulPath(req.body)
  if (nulAt !== null) return next(invalidData(`the body holds a NUL character${nulAt ? ` (at ${nulAt})` : ""}`, [{ field: nulAt, code: "invalid" }]))
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

/** Deeper than any body of ours: a deeper one is searched no further (its shape is for the route's schema to refuse). */
const MAX_DEPTH = 32

/** Where in a parsed body a NUL character is, as a dotted path ("" for the body itself), or null when there is none. */
export function nulPath(value: unknown, at = "", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\0") ? at : null
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return null
  for (const [key, item] of Object.entries(value)) {
    const here = at ? `${at}.${key}` : key
    if (key.includes("\0")) return here
    const found = nulPath(item, here, depth + 1)
    if (found !== null) return found
  }
  return null
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
