import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { TraceClearFlagResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../../../../modules/traceability/service"

/**
 * POST /admin/trace/lots/:id/serials/:serial/clear-flag — staff clear a
 * wrongly raised copy flag: the unit is no longer flagged, its page says a
 * warning was cleared, and only counted scans from now on may raise it again.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceClearFlagResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const cleared = await trace.clearFlag(req.params.id, req.params.serial)
  if (!cleared?.flag_cleared_at) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${req.params.id} has no unit ${req.params.serial}.`)
  res.json({ serial: { serial: cleared.serial, scan_count: cleared.scan_count, flagged: cleared.flagged, flag_cleared_at: cleared.flag_cleared_at.toISOString() } })
}
