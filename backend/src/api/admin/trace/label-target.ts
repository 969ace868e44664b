import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { carriesOcopMark, certificateStatus } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

type Certificate = { stars: number; expires_at: string; revoked_at: string | null; replaced_by_id: string | null }

/** A lot with what its labels print: product title, and the stars of a current certificate (else null). */
export async function labelTarget(scope: MedusaContainer, lotId: string) {
  const trace: TraceabilityModuleService = scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id: lotId })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${lotId} was not found.`)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["title", "ocop_product.certificates.*"],
    filters: { id: lot.product_id },
  })
  const product = data[0] as unknown as { title: string; ocop_product?: { certificates?: Certificate[] } | null }
  const now = new Date()
  const current = (product?.ocop_product?.certificates ?? []).find((c) =>
    carriesOcopMark(certificateStatus({ expires_at: new Date(c.expires_at), revoked_at: c.revoked_at ? new Date(c.revoked_at) : null, replaced_by_id: c.replaced_by_id }, now)),
  )
  return { trace, lot, title: product?.title ?? lot.code, stars: current?.stars ?? null }
}
