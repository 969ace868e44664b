import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { type Problem, vietnamDate } from "@ocop/core"
import { OCOP_CERTIFICATE_CHANGED } from "./create-certificate"
import { loadCertificateStep } from "./steps/load-certificate"
import { type CertificateFields, validateCertificateStep } from "./steps/validate-certificate"
import { createCertificateStep, updateCertificateStep } from "./steps/write-certificate"

/**
 * Re-certification: a new decision makes a new certificate that replaces the
 * old one. The old one is kept (history), marked as replaced.
 */
export const renewCertificateWorkflow = createWorkflow("renew-ocop-certificate", (input: { certificate_id: string; fields: CertificateFields }) => {
  const old = loadCertificateStep({ id: input.certificate_id })
  const extraProblems = transform({ old, input }, ({ old, input }) => {
    const problems: Problem[] = [...old.problems]
    const decided = input.fields.decision_date instanceof Date ? input.fields.decision_date : vietnamDate(input.fields.decision_date)
    if (decided <= new Date(old.decision_date)) {
      const message = "the renewal's decision date must be after the certificate it replaces"
      problems.push({ field: "decision_date", code: "too_early", message, params: { after: "replaced_decision_date" } })
    }
    return problems
  })
  const certificate = validateCertificateStep({ fields: input.fields, extraProblems })
  const created = createCertificateStep({ ocop_product_id: old.ocop_product_id, certificate })
  const replacement = transform({ old, created }, ({ old, created }) => ({ id: old.id, replaced_by_id: created.id }))
  updateCertificateStep(replacement)
  const changed = transform({ old }, ({ old }) => ({ ocop_product_id: old.ocop_product_id, certificate_id: old.id }))
  emitEventStep({ eventName: OCOP_CERTIFICATE_CHANGED, data: changed })
  return new WorkflowResponse(created)
})
