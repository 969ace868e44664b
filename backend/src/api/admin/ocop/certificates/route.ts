import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateResponse, ListCertificatesResponse } from "@ocop/core"
import { certificateStatus, EXPIRING_SOON_DAYS } from "@ocop/core"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createCertificateWorkflow } from "../../../../workflows/ocop-certificates/create-certificate"
import type { CreateCertificateBody, ListCertificatesQuery } from "../validators"

/** POST /admin/ocop/certificates — issue a certificate for a product. */
export async function POST(req: AuthenticatedMedusaRequest<CreateCertificateBody>, res: MedusaResponse<CertificateResponse>) {
  const { product_id, ...fields } = req.validatedBody
  const { result } = await createCertificateWorkflow(req.scope).run({ input: { product_id, fields } })
  res.status(201).json({ certificate: { ...result, status: certificateStatus(result) } })
}

/**
 * GET /admin/ocop/certificates[?expiring_within_days=N] — certificates with their status and
 * product (id, handle, title), soonest expiry first.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListCertificatesQuery>, res: MedusaResponse<ListCertificatesResponse>) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const now = new Date()
  const within = req.validatedQuery.expiring_within_days
  const certificates = await ocop.listOcopCertificates(
    within === undefined ? {} : { expires_at: { $gt: now, $lte: new Date(now.getTime() + within * 86_400_000) }, revoked_at: null, replaced_by_id: null },
    { order: { expires_at: "ASC" }, take: null },
  )
  const ocopProductIds = [...new Set(certificates.map((c) => c.ocop_product_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ocopProductIds.length
    ? await query.graph({ entity: "ocop_product", fields: ["id", "product.id", "product.handle", "product.title"], filters: { id: ocopProductIds } })
    : { data: [] }
  type Linked = { id: string; product?: { id: string; handle: string; title: string } | null }
  const products = new Map((data as unknown as Linked[]).map((r) => [r.id, r.product ?? null]))
  res.json({
    certificates: certificates.map((c) => ({ ...c, status: certificateStatus(c, now), product: products.get(c.ocop_product_id) ?? null })),
    expiring_soon_days: EXPIRING_SOON_DAYS,
  })
}
