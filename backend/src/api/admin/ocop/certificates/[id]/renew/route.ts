import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CertificateResponse } from "@ocop/core"
import { certificateStatus } from "@ocop/core"
import { renewCertificateWorkflow } from "../../../../../../workflows/ocop-certificates/renew-certificate"
import type { RenewCertificateBody } from "../../../validators"

/** POST /admin/ocop/certificates/:id/renew — a new decision replaces this certificate. */
export async function POST(req: AuthenticatedMedusaRequest<RenewCertificateBody>, res: MedusaResponse<CertificateResponse>) {
  const { result } = await renewCertificateWorkflow(req.scope).run({
    input: { certificate_id: String(req.params.id), fields: req.validatedBody },
  })
  res.status(201).json({ certificate: { ...result, status: certificateStatus(result) } })
}
