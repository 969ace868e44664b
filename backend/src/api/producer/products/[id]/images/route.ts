import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerImageResponse } from "@ocop/core"
import { assertOwnProduct, producerActor } from "../../../guard"
import type { ProducerImageBody } from "../../../validators"

const WEBP = Buffer.from("RIFF")

/**
 * POST /producer/products/:id/images — adds a photo to one of the producer's
 * products (the storefront has already resized it to WebP with sharp); the
 * first photo becomes the thumbnail.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerImageBody>, res: MedusaResponse<ProducerImageResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnProduct(req.scope, producerId, req.params.id)
  const bytes = Buffer.from(req.validatedBody.content_base64, "base64")
  if (!bytes.subarray(0, 4).equals(WEBP) || bytes.subarray(8, 12).toString() !== "WEBP") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: content_base64 must be a WebP image.")
  }
  const [file] = await req.scope
    .resolve(Modules.FILE)
    .createFiles([{ filename: `${req.validatedBody.filename.replace(/\.\w+$/, "")}.webp`, mimeType: "image/webp", content: req.validatedBody.content_base64, access: "public" }])
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
