import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateLotResponse, TraceLotsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type { LotInput } from "../../../../modules/traceability/input"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { createLotWorkflow } from "../../../../workflows/traceability/create-lot"
import type { ListLotsQuery } from "../validators"

/**
 * POST /admin/trace/lots — open a lot for a product (variant), with optional
 * unit serials. Also the producer portal's, after its ownership check: only
 * staff (actor "user") may have a GTIN no one holds assigned on the way.
 */
export async function POST(req: AuthenticatedMedusaRequest<LotInput>, res: MedusaResponse<CreateLotResponse>) {
  const input = { ...req.validatedBody, assign_gtin: req.auth_context.actor_type === "user" }
  const { result } = await createLotWorkflow(req.scope).run({ input })
  res.status(201).json(result)
}

/** GET /admin/trace/lots[?product_id=] — lots, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListLotsQuery>, res: MedusaResponse<TraceLotsResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const filters = req.validatedQuery.product_id ? { product_id: req.validatedQuery.product_id } : {}
  const lots = await trace.listTraceLots(filters, { order: { created_at: "DESC" }, take: 200 })
  res.json({ lots })
}
