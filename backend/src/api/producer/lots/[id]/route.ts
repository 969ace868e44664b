import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TraceLotResponse } from "@ocop/core"
import { GET as adminRoute } from "../../../admin/trace/lots/[id]/route"
import { assertOwnLot, producerActor } from "../../guard"

/** GET /producer/lots/:id — one of its own lots with events, chain check and serials. The Admin route's work, after the ownership check. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceLotResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnLot(req.scope, producerId, req.params.id)
  return adminRoute(req as never, res)
}
