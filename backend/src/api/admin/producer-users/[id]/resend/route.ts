import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ResendInviteResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../../../modules/producer-accounts/service"
import { newInvite, sendInvite } from "../../invite"

/** POST /admin/producer-users/:id/resend — a new invitation link for 14 more days; the old link stops working. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<ResendInviteResponse>) {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const [user] = await accounts.listProducerUsers({ id: req.params.id })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer user ${req.params.id} was not found.`)
  if (user.status !== "invited") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This account is ${user.status}: only an invitation not yet taken up can be sent again.`)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producer] = await ocop.listOcopProducers({ id: user.producer_id }, { select: ["id", "legal_name"] })
  const { token, ...invite } = newInvite()
  await accounts.updateProducerUsers({ id: user.id, ...invite })
  const url = await sendInvite(req.scope, user.email, producer?.legal_name ?? "", token)
  res.json({ producer_user: { id: user.id, email: user.email, status: user.status }, invite_url: url })
}
