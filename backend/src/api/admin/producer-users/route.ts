import { createHash, randomBytes } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { InviteProducerUserResponse, ProducerUsersResponse } from "@ocop/core"
import { readBackendEnv } from "../../../config/env"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../modules/producer-accounts/service"
import type { InviteProducerUserBody, ListProducerUsersQuery } from "./validators"

const INVITE_DAYS = 14

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
  if (!producer) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: producer_id: no producer ${body.producer_id}.`)
  if ((await accounts.listProducerUsers({ email: body.email })).length) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${body.email} already has a producer account.`)
  }
  const token = randomBytes(24).toString("base64url")
  const user = await accounts.createProducerUsers({
    email: body.email,
    first_name: body.first_name,
    producer_id: producer.id,
    status: "invited",
    invite_token_hash: createHash("sha256").update(token).digest("hex"),
    invite_expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
  })
  const url = `${readBackendEnv(process.env).PUBLIC_SITE_URL.replace(/\/+$/, "")}/producer/register?invite=${token}`
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: body.email,
    channel: "email",
    template: "producer-invite",
    data: { producer: producer.legal_name, url, expires_days: INVITE_DAYS },
  })
  res.status(201).json({ producer_user: { id: user.id, email: user.email, status: user.status }, invite_url: url })
}
