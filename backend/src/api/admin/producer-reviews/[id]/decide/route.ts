import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { DecideReviewResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../../../modules/producer-accounts/service"
import { upsertOcopProductWorkflow } from "../../../../../workflows/ocop-products/upsert-ocop-product"
import { throwIfProblems } from "../../../../problems"
import type { DecideReviewBody } from "../../../producer-users/validators"

/**
 * POST /admin/producer-reviews/:id/decide — approve (the change is applied:
 * a new product is published, a title, product set or legal name replaced)
 * or reject with a reason (nothing changes).
 */
export async function POST(req: AuthenticatedMedusaRequest<DecideReviewBody>, res: MedusaResponse<DecideReviewResponse>) {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const [review] = await accounts.listProducerReviews({ id: req.params.id })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${req.params.id} was not found.`)
  if (review.status !== "open") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This request was already ${review.status}.`)
  const { decision, reason } = req.validatedBody
  // The producer reads the reason in its portal: a refusal without one tells it nothing.
  if (decision === "reject" && !reason) throwIfProblems([{ field: "reason", code: "required", message: "say why the request is rejected: the producer reads it" }])
  if (decision === "approve") {
    const value = review.proposed_value ?? ""
    if (review.kind === "new_product") {
      await updateProductsWorkflow(req.scope).run({ input: { selector: { id: review.product_id as string }, update: { status: ProductStatus.PUBLISHED } } })
    } else if (review.kind === "product_title") {
      await updateProductsWorkflow(req.scope).run({ input: { selector: { id: review.product_id as string }, update: { title: value } } })
    } else if (review.kind === "product_set") {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["ocop_product.*"], filters: { id: review.product_id as string } })
      const current = (
        data[0] as unknown as {
          ocop_product: {
            product_set: string
            producer_id: string
            place_id: string
            title_en: string | null
            description_en: string | null
            story_vi: string | null
            story_en: string | null
          }
        }
      ).ocop_product
      await upsertOcopProductWorkflow(req.scope).run({ input: { product_id: review.product_id as string, fields: { ...current, product_set: value } } })
    } else {
      const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
      await ocop.updateOcopProducers({ id: review.producer_id, legal_name: value })
    }
  }
  const decided = await accounts.updateProducerReviews({
    id: review.id,
    status: decision === "approve" ? "approved" : "rejected",
    decided_at: new Date(),
    decided_by: req.auth_context.actor_id,
    reason: reason ?? null,
  })
  res.json({ review: decided })
}
