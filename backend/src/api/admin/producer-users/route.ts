import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InviteProducerUserResponse, ProducerUsersResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../modules/producer-accounts/service"
import { throwIfProblems } from "../../problems"
import { newInvite, sendInvite } from "./invite"
import type { InviteProducerUserBody, ListProducerUsersQuery } from "./validators"

/** GET /admin/producer-users[?status=pending] — producer portal accounts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListProducerUsersQuery>, res: MedusaResponse<ProducerUsersResponse>) {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const filters = req.validatedQuery.status ? { status: req.validatedQuery.status } : {}
  const users = await accounts.listProducerUsers(filters, {
    select: ["id", "email", "first_name", "last_name", "phone", "producer_id", "status", "message", "approved_at", "created_at"],
    order: { created_at: "DESC" },
    take: 500,
  })
  res.json({ producer_users: users })
}

/**
 * POST /admin/producer-users — invites a person to a producer's portal. The
 * invitation link (valid 14 days) is sent through the notification module and
 * returned to staff, who may also pass it on themselves.
 */
export async function POST(req: AuthenticatedMedusaRequest<InviteProducerUserBody>, res: MedusaResponse<InviteProducerUserResponse>) {
  const body = req.validatedBody
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const [producer] = await ocop.listOcopProducers({ id: body.producer_id }, { select: ["id", "legal_name"] })
  if (!producer) throwIfProblems([{ field: "producer_id", code: "unknown_producer", message: `no producer ${body.producer_id}`, params: { id: body.producer_id } }])
  if ((await accounts.listProducerUsers({ email: body.email })).length) {
    throwIfProblems([{ field: "email", code: "taken", message: `${body.email} already has a producer account`, params: { value: body.email } }])
  }
  const { token, ...invite } = newInvite()
  const user = await accounts.createProducerUsers({ email: body.email, first_name: body.first_name, producer_id: body.producer_id, status: "invited", ...invite })
  const url = await sendInvite(req.scope, body.email, producer?.legal_name ?? "", token)
  res.status(201).json({ producer_user: { id: user.id, email: user.email, status: user.status }, invite_url: url })
}
