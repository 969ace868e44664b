import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { carriesOcopMark, certificateStatus, type Problem } from "@ocop/core"
import { loadCertificateTargetStep } from "./steps/load-certificate-target"
import { type CertificateFields, validateCertificateStep } from "./steps/validate-certificate"
import { createCertificateStep } from "./steps/write-certificate"

export const OCOP_CERTIFICATE_CHANGED = "ocop_certificate.changed"

/**
 * Issues a product's first certificate (or a new one after the last expired or
 * was revoked). A product with a valid certificate is renewed instead.
 */
export const createCertificateWorkflow = createWorkflow("create-ocop-certificate", (input: { product_id: string; fields: CertificateFields }) => {
  const target = loadCertificateTargetStep({ product_id: input.product_id })
  const extraProblems = transform({ target }, ({ target }) =>
    target.certificates
      .filter((c) => {
        const status = certificateStatus({
          expires_at: new Date(c.expires_at),
          revoked_at: c.revoked_at ? new Date(c.revoked_at) : null,
          replaced_by_id: c.replaced_by_id,
        })
        return carriesOcopMark(status)
      })
      .map(
        (c): Problem => ({ field: "", code: "has_valid_certificate", message: `the product already has a valid certificate (${c.id}): renew it instead`, params: { id: c.id } }),
      ),
  )
  const certificate = validateCertificateStep({ fields: input.fields, extraProblems })
  const created = createCertificateStep({ ocop_product_id: target.ocop_product_id, certificate })
  emitEventStep({ eventName: OCOP_CERTIFICATE_CHANGED, data: { product_id: input.product_id } })
  return new WorkflowResponse(created)
})
