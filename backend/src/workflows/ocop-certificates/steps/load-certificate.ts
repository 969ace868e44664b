import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Problem } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type LoadedCertificate = {
  id: string
  ocop_product_id: string
  /** ISO string: step results are serialised between steps. */
  decision_date: string
  /** Why this certificate cannot be renewed or revoked; empty when it can. */
  problems: Problem[]
}

/** Retrieves a certificate (404 if unknown) and says what stands in the way of changing it. */
export const loadCertificateStep = createStep("load-ocop-certificate", async (input: { id: string }, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [found] = await ocop.listOcopCertificates({ id: input.id })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No certificate ${input.id}.`)
  const problems: Problem[] = []
  if (found.revoked_at) {
    const date = new Date(found.revoked_at).toISOString().slice(0, 10)
    problems.push({ field: "", code: "certificate_revoked", message: `certificate ${found.id} was revoked on ${date}`, params: { id: found.id, date } })
  }
  if (found.replaced_by_id) {
    const by = found.replaced_by_id
    problems.push({ field: "", code: "certificate_replaced", message: `certificate ${found.id} was already replaced by ${by}`, params: { id: found.id, by } })
  }
  return new StepResponse<LoadedCertificate>({
    id: found.id,
    ocop_product_id: found.ocop_product_id,
    decision_date: new Date(found.decision_date).toISOString(),
    problems,
  })
})
