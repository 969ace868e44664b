import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ValidCertificate } from "./validate-certificate"

/** Records a certificate; compensation deletes it again. */
export const createCertificateStep = createStep(
  "create-ocop-certificate",
  async (input: { ocop_product_id: string; certificate: ValidCertificate }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await ocop.createOcopCertificates({ ...input.certificate, ocop_product_id: input.ocop_product_id })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteOcopCertificates(id)
  },
)

type Change = { id: string; replaced_by_id?: string | null; revoked_at?: Date | null; revoked_reason?: string | null }

/** Updates a certificate's replacement or revocation; compensation restores what was there. */
export const updateCertificateStep = createStep(
  "update-ocop-certificate",
  async (change: Change, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveOcopCertificate(change.id)
    const updated = await ocop.updateOcopCertificates(change)
    const previous: Change = {
      id: before.id,
      replaced_by_id: before.replaced_by_id,
      revoked_at: before.revoked_at,
      revoked_reason: before.revoked_reason,
    }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateOcopCertificates(previous)
  },
)
