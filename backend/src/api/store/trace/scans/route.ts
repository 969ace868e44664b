import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreTraceScanResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { isoOrNull } from "../../contract"
import type { StoreTraceScanBody } from "../validators"

/**
 * POST /store/trace/scans — logs one resolve (time, coarse region, device
 * class; nothing personal) and answers the unit's standing: scans so far,
 * first scan, and whether it looks like a copied code.
 */
export async function POST(req: MedusaRequest<StoreTraceScanBody>, res: MedusaResponse<StoreTraceScanResponse>) {
  const body = req.validatedBody
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id: body.lot_id }, { select: ["id"] })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${body.lot_id} was not found.`)
  const serial = await trace.recordScan({ ...body, region: body.region ?? null })
  res.status(201).json({ serial: serial && { ...serial, first_scanned_at: isoOrNull(serial.first_scanned_at) } })
}
