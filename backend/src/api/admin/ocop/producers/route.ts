import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProducersResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** GET /admin/ocop/producers — every producer (id, handle, legal name) by name, for the staff's pickers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminProducersResponse>) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const producers = await ocop.listOcopProducers({}, { select: ["id", "handle", "legal_name"], order: { legal_name: "ASC" }, take: null })
  res.json({ producers })
}
