import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreProducerResponse } from "@ocop/core"
import { type ProducerRow, storeProducer } from "../../shapes"
import { PRODUCER_FIELDS } from "../fields"

/** GET /store/ocop/producers/:handle — one producer, with the handles of its products. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreProducerResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: [...PRODUCER_FIELDS, "ocop_products.product.handle", "ocop_products.product.status"],
    filters: { handle: String(req.params.handle) },
  })
  const [producer] = data as unknown as (ProducerRow & { ocop_products?: { product?: { handle: string; status: string } | null }[] })[]
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer "${req.params.handle}".`)
  const product_handles = (producer.ocop_products ?? []).flatMap((p) => (p.product?.status === "published" ? [p.product.handle] : []))
  res.json({ producer: { ...storeProducer(producer), product_handles } })
}
