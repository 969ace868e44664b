import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { TraceLotResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import { eventRecord } from "../../records"

/** GET /admin/trace/lots/:id — the lot, its events, whether their chain holds, and its serials' scan standing. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceLotResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const found = await trace.traceOf(req.params.id)
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${req.params.id} was not found.`)
  const serials = await trace.listTraceSerials(
    { lot_id: req.params.id },
    { select: ["serial", "scan_count", "first_scanned_at", "flagged_at", "flag_reason"], order: { serial: "ASC" }, take: null },
  )
  res.json({ lot: found.lot, events: found.events.map(eventRecord), chain: found.chain, serials })
}
