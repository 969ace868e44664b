import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AssignGtinResponse, GtinsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { holderName } from "../../../../workflows/traceability/gtins"
import { invalidData, toFieldProblem } from "../../../problems"
import type { AssignGtinBody, ListGtinsQuery } from "../validators"

const FIELDS = ["id", "gtin", "product_id", "variant_id"] as const

/** GET /admin/trace/gtins[?gtin=&product_id=] — who holds which GTIN. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListGtinsQuery>, res: MedusaResponse<GtinsResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const { gtin, product_id } = req.validatedQuery
  const gtins = await trace.listTraceGtins({ ...(gtin ? { gtin } : {}), ...(product_id ? { product_id } : {}) }, { select: [...FIELDS], order: { gtin: "ASC" }, take: 1000 })
  res.json({ gtins })
}

/**
 * POST /admin/trace/gtins — staff give a variant its GTIN (after checking the
 * producer's GS1 Vietnam registration). A variant holds one GTIN: a new one
 * replaces its old one (lots already printed keep theirs). A GTIN another
 * variant holds moves only with `move: true`, and the refusal names the holder.
 */
export async function POST(req: AuthenticatedMedusaRequest<AssignGtinBody>, res: MedusaResponse<AssignGtinResponse>) {
  const { gtin, variant_id, move } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variant_id } })
  const variant = data[0] as { id: string; product_id: string } | undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variant_id} was not found.`)
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [holder] = await trace.listTraceGtins({ gtin }, { select: [...FIELDS] })
  if (holder?.variant_id === variant_id) {
    res.json({ gtin: holder, moved_from: null })
    return
  }
  if (holder && !move) {
    const name = await holderName(req.scope, holder.product_id)
    const message = `GTIN ${gtin} belongs to ${name}: send move: true to move it.`
    throw invalidData(message, [toFieldProblem({ field: "gtin", code: "gtin_held", message, params: { holder: name } })])
  }
  const [own] = await trace.listTraceGtins({ variant_id }, { select: ["id"] })
  // Both places are freed first, in the same transaction: the unique indexes hold at every statement.
  const created = await trace.assignGtin({ gtin, product_id: variant.product_id, variant_id }, [...(holder ? [holder.id] : []), ...(own ? [own.id] : [])])
  res.status(holder ? 200 : 201).json({ gtin: { id: created.id, gtin, product_id: variant.product_id, variant_id }, moved_from: holder?.variant_id ?? null })
}
