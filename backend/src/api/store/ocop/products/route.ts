import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOcopProductsResponse } from "@ocop/core"
import { type OcopProductRow, storeOcopProduct } from "../shapes"
import type { StoreOcopProductsQuery } from "../validators"

const FIELDS = ["id", "handle", "status", "ocop_product.*", "ocop_product.certificates.*", "ocop_product.producer.*", "ocop_product.producer.place.*", "ocop_product.place.*"]

/**
 * GET /store/ocop/products[?handle=…] — the OCOP record of each published
 * product (set, producer, place, English texts, story, certificates), keyed by
 * product id. The storefront joins it to Medusa's product list (prices, stock).
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopProductsQuery>, res: MedusaResponse<StoreOcopProductsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { handle } = req.validatedQuery
  const { data } = await query.graph({
    entity: "product",
    fields: FIELDS,
    filters: { status: "published", ...(handle ? { handle } : {}) },
  })
  const rows = data as unknown as { id: string; handle: string; ocop_product?: OcopProductRow | null }[]
  res.json({
    ocop_products: rows.flatMap((p) => (p.ocop_product ? [storeOcopProduct(p, p.ocop_product)] : [])),
  })
}
