import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreProducersResponse } from "@ocop/core"
import { type ProducerRow, storeProducer } from "../shapes"
import { PRODUCER_FIELDS } from "./fields"

/** GET /store/ocop/producers — every producer (chủ thể OCOP) with its place. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreProducersResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ocop_producer", fields: PRODUCER_FIELDS, pagination: { order: { legal_name: "ASC" } } })
  res.json({ producers: (data as unknown as ProducerRow[]).map(storeProducer) })
}
