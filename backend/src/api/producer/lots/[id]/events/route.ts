import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TraceEventResponse } from "@ocop/core"
import { POST as adminRoute } from "../../../../admin/trace/lots/[id]/events/route"
import { assertOwnLot, producerActor } from "../../../guard"

/** POST /producer/lots/:id/events — record a step of its own lot. The Admin route's work, after the ownership check. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceEventResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnLot(req.scope, producerId, req.params.id)
  return adminRoute(req as never, res)
}
