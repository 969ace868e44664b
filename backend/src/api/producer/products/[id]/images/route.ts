import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerImageResponse } from "@ocop/core"
import { acceptUpload, storeUpload } from "../../../../../uploads"
import { assertOwnProduct, producerActor } from "../../../guard"
import type { ProducerImageBody } from "../../../validators"

/**
 * POST /producer/products/:id/images — adds a photo to one of the producer's
 * products, through the upload pipeline (checked by its real type and pixel
 * count, resized, re-encoded as WebP without metadata; a 400 with the problem's
 * code otherwise, nothing stored); the first photo becomes the thumbnail.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerImageBody>, res: MedusaResponse<ProducerImageResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnProduct(req.scope, producerId, req.params.id)
  const photo = await acceptUpload("image", Buffer.from(req.validatedBody.content_base64, "base64"), "content_base64")
  const file = await storeUpload(req.scope, photo, req.validatedBody.filename)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["thumbnail", "images.url"], filters: { id: req.params.id } })
  const current = data[0] as unknown as { thumbnail: string | null; images?: { url: string }[] }
  await updateProductsWorkflow(req.scope).run({
    input: {
      selector: { id: req.params.id },
      update: { images: [...(current.images ?? []).map((i) => ({ url: i.url })), { url: file.url }], thumbnail: current.thumbnail ?? file.url },
    },
  })
  res.status(201).json({ url: file.url })
}
