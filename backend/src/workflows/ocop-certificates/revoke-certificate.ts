import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { Problem } from "@ocop/core"
import { invalidData, toFieldProblem } from "../../api/problems"
import { OCOP_CERTIFICATE_CHANGED } from "./create-certificate"
import { type LoadedCertificate, loadCertificateStep } from "./steps/load-certificate"
import { updateCertificateStep } from "./steps/write-certificate"

const checkRevocableStep = createStep("check-ocop-certificate-revocable", async (input: { certificate: LoadedCertificate; reason: string }) => {
  const problems: Problem[] = [...input.certificate.problems]
  if (input.reason.trim().length < 5) {
    problems.push({ field: "reason", code: "too_small", message: "a revocation needs a reason (at least 5 characters)", params: { minimum: 5, origin: "string", inclusive: true } })
  }
  if (problems.length > 0) {
    throw invalidData(`Certificate not revoked: ${problems.map((p) => p.message).join("; ")}.`, problems.map(toFieldProblem))
  }
})

/** Revokes a certificate with a reason; from then on the product carries no OCOP mark. */
export const revokeCertificateWorkflow = createWorkflow("revoke-ocop-certificate", (input: { certificate_id: string; reason: string }) => {
  const certificate = loadCertificateStep({ id: input.certificate_id })
  checkRevocableStep({ certificate, reason: input.reason })
  const change = transform({ input }, ({ input }) => ({
    id: input.certificate_id,
    revoked_at: new Date(),
    revoked_reason: input.reason.trim(),
  }))
  const updated = updateCertificateStep(change)
  const changed = transform({ certificate }, ({ certificate }) => ({ ocop_product_id: certificate.ocop_product_id, certificate_id: certificate.id }))
  emitEventStep({ eventName: OCOP_CERTIFICATE_CHANGED, data: changed })
  return new WorkflowResponse(updated)
})
