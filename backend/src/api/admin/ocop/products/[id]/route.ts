import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UpsertOcopProductResponse } from "@ocop/core"
import { upsertOcopProductWorkflow } from "../../../../../workflows/ocop-products/upsert-ocop-product"
import type { UpsertOcopProductBody } from "../../validators"

/** POST /admin/ocop/products/:id — set a product's OCOP record (set, producer, place, texts). */
export async function POST(req: AuthenticatedMedusaRequest<UpsertOcopProductBody>, res: MedusaResponse<UpsertOcopProductResponse>) {
  const { result } = await upsertOcopProductWorkflow(req.scope).run({
    input: { product_id: String(req.params.id), fields: req.validatedBody },
  })
  res.json({ ocop_product: result })
}
