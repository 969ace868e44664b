import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminOcopProductResponse, EntityType, OcopCertificateRecord, OcopProductRecord, UpsertOcopProductResponse } from "@ocop/core"
import { certificateStatus } from "@ocop/core"
import { readBackendEnv } from "../../../../../config/env"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import { lotPath, siteUri } from "../../../../../modules/traceability/links"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import { upsertOcopProductWorkflow } from "../../../../../workflows/ocop-products/upsert-ocop-product"
import type { UpsertOcopProductBody } from "../../validators"

/** POST /admin/ocop/products/:id — set a product's OCOP record (set, producer, place, texts). */
export async function POST(req: AuthenticatedMedusaRequest<UpsertOcopProductBody>, res: MedusaResponse<UpsertOcopProductResponse>) {
  const { result } = await upsertOcopProductWorkflow(req.scope).run({
    input: { product_id: String(req.params.id), fields: req.validatedBody },
  })
  res.json({ ocop_product: result })
}

type Linked = OcopProductRecord & {
  producer: { id: string; legal_name: string; entity_type: EntityType } | null
  certificates: Omit<OcopCertificateRecord, "status">[]
}

/**
 * GET /admin/ocop/products/:id — the product's OCOP record, producer, certificates with their status
 * and lots with the trace links their labels print, for the Admin's product page widget.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOcopProductResponse>) {
  const productId = String(req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "ocop_product.*", "ocop_product.producer.id", "ocop_product.producer.legal_name", "ocop_product.producer.entity_type", "ocop_product.certificates.*"],
    filters: { id: productId },
  })
  const product = data[0] as unknown as { ocop_product?: Linked | null } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found.`)
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const lots = await trace.listTraceLots({ product_id: productId }, { order: { created_at: "DESC" }, take: 50 })
  const siteUrl = readBackendEnv(process.env).PUBLIC_SITE_URL
  const now = new Date()
  const record = product.ocop_product
  res.json({
    ocop_product: record
      ? {
          ...record,
          producer: record.producer ?? null,
          certificates: [...(record.certificates ?? [])]
            .sort((a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime())
            .map((c) => ({ ...c, status: certificateStatus(c, now) })),
        }
      : null,
    lots: lots.map((lot) => ({ id: lot.id, code: lot.code, quantity: lot.quantity, unit: lot.unit, created_at: lot.created_at, trace_url: siteUri(siteUrl, lotPath(lot)) })),
  })
}
