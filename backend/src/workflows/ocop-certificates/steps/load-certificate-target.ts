import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Dates as ISO strings: step results are serialised between steps, so a Date would not survive. */
export type CertificateTarget = {
  ocop_product_id: string
  certificates: { id: string; revoked_at: string | null; replaced_by_id: string | null; expires_at: string }[]
}

type RawCertificate = { id: string; revoked_at: string | null; replaced_by_id: string | null; expires_at: string }

/** Finds the OCOP record of a Medusa product, with its certificates; 404 if there is none. */
export const loadCertificateTargetStep = createStep("load-certificate-target", async (input: { product_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "ocop_product.id", "ocop_product.certificates.*"],
    filters: { id: input.product_id },
  })
  // Typed here rather than through the generated query types, which exist only after a build.
  const rows = data as unknown as { ocop_product?: { id: string; certificates?: RawCertificate[] } | null }[]
  const ocop = rows[0]?.ocop_product
  if (!ocop) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${input.product_id} has no OCOP record: give it a product set and producer first (POST /admin/ocop/products/${input.product_id}).`,
    )
  }
  return new StepResponse<CertificateTarget>({
    ocop_product_id: ocop.id,
    certificates: (ocop.certificates ?? []).map((c) => ({
      id: c.id,
      revoked_at: c.revoked_at ? new Date(c.revoked_at).toISOString() : null,
      replaced_by_id: c.replaced_by_id ?? null,
      expires_at: new Date(c.expires_at).toISOString(),
    })),
  })
})
