import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateLotResponse, TraceLotsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { LotInput } from "../../../modules/traceability/input"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { POST as createLot } from "../../admin/trace/lots/route"
import { assertOwnProduct, ownProductIds, producerActor } from "../guard"
import { byProductionDate } from "./production-order"

/** How many lots the list shows: a producer's newest 200. */
const SHOWN = 200

/** GET /producer/lots — the producer's lots by production date, newest first (byProductionDate). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceLotsResponse>) {
  const { producerId } = await producerActor(req)
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const products = await ownProductIds(req.scope, producerId)
  // All of them are read and sorted here: the date each is ordered by is the first of several
  // that is set, which the generated list cannot order by. A producer has hundreds at most.
  const lots = products.length ? await trace.listTraceLots({ product_id: products }, { take: null }) : []
  res.json({ lots: byProductionDate(lots).slice(0, SHOWN) })
}

/** POST /producer/lots — a lot of one of the producer's own products (as the Admin route, after the check). */
export async function POST(req: AuthenticatedMedusaRequest<LotInput>, res: MedusaResponse<CreateLotResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnProduct(req.scope, producerId, req.validatedBody.product_id)
  return createLot(req, res)
}
