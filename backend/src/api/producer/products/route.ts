import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerProductCreateResponse, ProducerProductsResponse } from "@ocop/core"
import { createPortalProduct, portalProducts } from "../catalogue"
import { producerActor } from "../guard"
import type { NewProducerProductBody } from "../validators"

/** GET /producer/products — the producer's own products with prices and stock. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerProductsResponse>) {
  const { producerId } = await producerActor(req)
  res.json({ products: await portalProducts(req.scope, producerId) })
}

/** POST /producer/products — a new product, as a draft waiting for the trade department's approval. */
export async function POST(req: AuthenticatedMedusaRequest<NewProducerProductBody>, res: MedusaResponse<ProducerProductCreateResponse>) {
  const actor = await producerActor(req)
  const id = await createPortalProduct(req.scope, actor, req.validatedBody)
  const [product] = await portalProducts(req.scope, actor.producerId, id)
  if (!product) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Product ${id} was created but cannot be read back.`)
  res.status(201).json({ product, pending_review: ["new_product"] })
}
