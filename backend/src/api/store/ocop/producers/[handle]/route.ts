import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_FIELDS } from "../fields"

/** GET /store/ocop/producers/:handle — one producer, with the handles of its products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: [...PRODUCER_FIELDS, "ocop_products.product.handle", "ocop_products.product.status"],
    filters: { handle: String(req.params.handle) },
  })
  const [producer] = data as unknown as ({ ocop_products?: { product?: { handle: string; status: string } | null }[] } & Record<string, unknown>)[]
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer "${req.params.handle}".`)
  const { ocop_products, ...profile } = producer
  const product_handles = (ocop_products ?? []).flatMap((p) => (p.product?.status === "published" ? [p.product.handle] : []))
  res.json({ producer: { ...profile, product_handles } })
}
