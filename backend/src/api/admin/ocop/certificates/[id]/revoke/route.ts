import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CertificateResponse } from "@ocop/core"
import { certificateStatus } from "@ocop/core"
import { revokeCertificateWorkflow } from "../../../../../../workflows/ocop-certificates/revoke-certificate"
import type { RevokeCertificateBody } from "../../../validators"

/** POST /admin/ocop/certificates/:id/revoke — revoke with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<RevokeCertificateBody>, res: MedusaResponse<CertificateResponse>) {
  const { result } = await revokeCertificateWorkflow(req.scope).run({
    input: { certificate_id: String(req.params.id), reason: req.validatedBody.reason },
  })
  res.json({ certificate: { ...result, status: certificateStatus(result) } })
}
