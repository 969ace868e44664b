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
 * GET /admin/ocop/certificates[?expiring_within_days=N][&q=text] — certificates with their status,
 * product (id, handle, title) and producer. `expiring_within_days`: valid ones expiring soon,
 * soonest first. `q`: the certificates whose product, producer, decision number or id holds the
 * text (accents and case aside), with every other certificate of the same products — their history,
 * newest decision first.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListCertificatesQuery>, res: MedusaResponse<ListCertificatesResponse>) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const now = new Date()
  const { expiring_within_days: within, q } = req.validatedQuery
  const certificates = await ocop.listOcopCertificates(
    within === undefined ? {} : { expires_at: { $gt: now, $lte: new Date(now.getTime() + within * 86_400_000) }, revoked_at: null, replaced_by_id: null },
    { order: q ? { decision_date: "DESC" } : { expires_at: "ASC" }, take: null },
  )
  const ocopProductIds = [...new Set(certificates.map((c) => c.ocop_product_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ocopProductIds.length
    ? await query.graph({
        entity: "ocop_product",
        fields: ["id", "product.id", "product.handle", "product.title", "producer.id", "producer.legal_name"],
        filters: { id: ocopProductIds },
      })
    : { data: [] }
  type Linked = { id: string; product?: { id: string; handle: string; title: string } | null; producer?: { id: string; legal_name: string } | null }
  const linked = new Map((data as unknown as Linked[]).map((r) => [r.id, r]))
  const shown = certificates.map((c) => {
    const record = linked.get(c.ocop_product_id)
    return { ...c, status: certificateStatus(c, now), product: record?.product ?? null, producer: record?.producer ?? null }
  })
  const needle = q ? folded(q) : ""
  const found = new Set(
    shown
      .filter((c) => [c.id, c.decision_number, c.product?.title, c.product?.handle, c.producer?.legal_name].some((v) => v && folded(v).includes(needle)))
      .map((c) => c.ocop_product_id),
  )
  res.json({ certificates: q ? shown.filter((c) => found.has(c.ocop_product_id)) : shown, expiring_soon_days: EXPIRING_SOON_DAYS })
}

/** Text as compared in a search: lower case, Vietnamese accents and đ folded ("Chè Hảo Đạt" ~ "che hao dat"). */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().trim()
}
