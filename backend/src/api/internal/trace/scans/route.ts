import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TraceScanBatchResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { standingBody } from "../../../trace-standing"
import type { TraceScanBatchBody } from "../validators"

/**
 * POST /internal/trace/scans — a storefront's batch of trace-page views
 * (header x-scan-secret; see ../guard.ts), written at once. A batch sent again
 * is answered with its views as duplicates and changes nothing.
 */
export async function POST(req: MedusaRequest<TraceScanBatchBody>, res: MedusaResponse<TraceScanBatchResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const result = await trace.recordScans(req.validatedBody.scans)
  res.json({ ...result, serials: result.serials.map(standingBody) })
}
