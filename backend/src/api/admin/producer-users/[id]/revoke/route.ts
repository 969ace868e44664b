import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { RevokeInviteResponse } from "@ocop/core"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../../../modules/producer-accounts/service"

/**
 * POST /admin/producer-users/:id/revoke — withdraws an invitation not yet taken up: the account
 * is removed, so its link no longer works and the address may be invited again.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<RevokeInviteResponse>) {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const [user] = await accounts.listProducerUsers({ id: req.params.id })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer user ${req.params.id} was not found.`)
  if (user.status !== "invited") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This account is ${user.status}: only an invitation not yet taken up can be withdrawn.`)
  await accounts.deleteProducerUsers(user.id)
  res.json({ id: user.id, deleted: true })
}
