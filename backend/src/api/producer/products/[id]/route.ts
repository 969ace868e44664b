import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerProductResponse, ProducerProductUpdateResponse } from "@ocop/core"
import { portalProducts, updatePortalProduct } from "../../catalogue"
import { producerActor } from "../../guard"
import type { ProducerProductBody } from "../../validators"

async function own(req: AuthenticatedMedusaRequest) {
  const actor = await producerActor(req)
  const [product] = await portalProducts(req.scope, actor.producerId, req.params.id)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found.`)
  return { actor, product }
}

/** GET /producer/products/:id — one of the producer's own products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerProductResponse>) {
  res.json({ product: (await own(req)).product })
}

/** POST /producer/products/:id — texts, story, prices and stock go live; title and product set go to review. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerProductBody>, res: MedusaResponse<ProducerProductUpdateResponse>) {
  const { actor, product } = await own(req)
  const { pending_review } = await updatePortalProduct(req.scope, actor, product, req.validatedBody)
  const [updated] = await portalProducts(req.scope, actor.producerId, product.id)
  res.json({ product: updated ?? product, pending_review })
}
