import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerReviewsResponse } from "@ocop/core"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../modules/producer-accounts/service"
import type { ListReviewsQuery } from "../producer-users/validators"

/** GET /admin/producer-reviews[?status=open] — producers' requests waiting for the trade department. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListReviewsQuery>, res: MedusaResponse<ProducerReviewsResponse>) {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const reviews = await accounts.listProducerReviews({ status: req.validatedQuery.status }, { order: { created_at: "ASC" }, take: 500 })
  res.json({ reviews })
}
