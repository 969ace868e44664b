import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreTraceStandingResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { standingBody } from "../../../trace-standing"
import type { StoreTraceStandingQuery } from "../validators"

/**
 * GET /store/trace/standing — a unit's scans so far, first scan and whether it
 * looks like a copied code; null when the lot has no such serial. Reading it
 * logs nothing: views are written in batches (POST /internal/trace/scans).
 */
export async function GET(req: MedusaRequest<unknown, StoreTraceStandingQuery>, res: MedusaResponse<StoreTraceStandingResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const standing = await trace.retrieveStanding(req.validatedQuery.lot_id, req.validatedQuery.serial)
  res.json({ serial: standing && standingBody(standing) })
}
