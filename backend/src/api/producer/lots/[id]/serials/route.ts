import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TraceSerialsResponse } from "@ocop/core"
import { POST as adminRoute } from "../../../../admin/trace/lots/[id]/serials/route"
import { assertOwnLot, producerActor } from "../../../guard"

/** POST /producer/lots/:id/serials — more unit serials for its own lot. The Admin route's work, after the ownership check. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceSerialsResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnLot(req.scope, producerId, req.params.id)
  return adminRoute(req as never, res)
}
