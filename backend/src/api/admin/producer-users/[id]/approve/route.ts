import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ApproveProducerUserResponse } from "@ocop/core"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../../../modules/producer-accounts/service"

/** POST /admin/producer-users/:id/approve — a self-registered person may now use their producer's portal. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<ApproveProducerUserResponse>) {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const [user] = await accounts.listProducerUsers({ id: req.params.id })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer user ${req.params.id} was not found.`)
  if (user.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This account is ${user.status}, not pending.`)
  const updated = await accounts.updateProducerUsers({ id: user.id, status: "active", approved_at: new Date() })
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: user.email,
    channel: "email",
    template: "producer-approved",
    data: { first_name: user.first_name },
  })
  res.json({ producer_user: { id: updated.id, email: updated.email, status: updated.status } })
}
