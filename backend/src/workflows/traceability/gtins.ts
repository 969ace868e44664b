import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"

/** A GTIN's holder in words a refusal can name: "Chè tôm nõn Hảo Đạt (Hợp tác xã Chè Hảo Đạt)". */
export async function holderName(container: MedusaContainer, productId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["title", "ocop_product.producer.legal_name"], filters: { id: productId } })
  const product = data[0] as { title?: string; ocop_product?: { producer?: { legal_name?: string } | null } | null } | undefined
  const title = product?.title ?? productId
  const producer = product?.ocop_product?.producer?.legal_name
  return producer ? `${title} (${producer})` : title
}

/** The GTIN a variant holds, if any. */
export async function gtinOfVariant(container: MedusaContainer, variantId: string): Promise<string | null> {
  const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [held] = await trace.listTraceGtins({ variant_id: variantId }, { select: ["gtin"] })
  return held?.gtin ?? null
}

/** Who holds a GTIN, if anyone. */
export async function holderOfGtin(container: MedusaContainer, gtin: string): Promise<{ id: string; product_id: string; variant_id: string } | null> {
  const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [held] = await trace.listTraceGtins({ gtin }, { select: ["id", "product_id", "variant_id"] })
  return held ?? null
}
