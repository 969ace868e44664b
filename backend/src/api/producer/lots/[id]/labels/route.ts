import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GET as adminRoute } from "../../../../admin/trace/lots/[id]/labels/route"
import { assertOwnLot, producerActor } from "../../../guard"

/** GET /producer/lots/:id/labels — the A4 label sheet of its own lot. The Admin route's work, after the ownership check. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producerId } = await producerActor(req)
  await assertOwnLot(req.scope, producerId, req.params.id)
  return adminRoute(req as never, res)
}
