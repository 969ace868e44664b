import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateLotResponse, TraceLotsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { LotInput } from "../../../modules/traceability/input"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { POST as createLot } from "../../admin/trace/lots/route"
import { assertOwnProduct, ownProductIds, producerActor } from "../guard"

/** GET /producer/lots — the producer's lots, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceLotsResponse>) {
  const { producerId } = await producerActor(req)
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const products = await ownProductIds(req.scope, producerId)
  const lots = products.length ? await trace.listTraceLots({ product_id: products }, { order: { created_at: "DESC" }, take: 200 }) : []
  res.json({ lots })
}

/** POST /producer/lots — a lot of one of the producer's own products (as the Admin route, after the check). */
export async function POST(req: AuthenticatedMedusaRequest<LotInput>, res: MedusaResponse<CreateLotResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnProduct(req.scope, producerId, req.validatedBody.product_id)
  return createLot(req, res)
}
