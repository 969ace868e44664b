import { createHash } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ProducerRegisterResponse, ProducerUserStatus } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../modules/producer-accounts/service"
import type { ProducerRegisterBody } from "../validators"

/**
 * POST /producer/register — after `POST /auth/producer/emailpass/register`,
 * with that token: an invitation's token makes the account active at once;
 * otherwise it joins the named producer as "pending" until staff approve.
 * Either way the login is then tied to the account (actor type "producer").
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerRegisterBody>, res: MedusaResponse<ProducerRegisterResponse>) {
  if (req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already has a producer account.")
  const body = req.validatedBody
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Register with an email and password first.")

  let user: { id: string; email: string; status: ProducerUserStatus }
  if (body.invite_token) {
    const hash = createHash("sha256").update(body.invite_token).digest("hex")
    const [invited] = await accounts.listProducerUsers({ invite_token_hash: hash, status: "invited" })
    if (!invited?.invite_expires_at || new Date(invited.invite_expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: invite_token: this invitation is unknown, used or expired.")
    }
    if (invited.email !== email.toLowerCase()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: this invitation was sent to another email address.")
    user = await accounts.updateProducerUsers({
      id: invited.id,
      status: "active",
      first_name: body.first_name,
      last_name: body.last_name ?? null,
      phone: body.phone ?? null,
      invite_token_hash: null,
      invite_expires_at: null,
      approved_at: new Date(),
    })
  } else {
    const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
    const [producer] = await ocop.listOcopProducers({ handle: body.producer_handle }, { select: ["id"] })
    if (!producer) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: producer_handle: no producer ${body.producer_handle}.`)
    if ((await accounts.listProducerUsers({ email: email.toLowerCase() })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "This email already has a producer account.")
    }
    user = await accounts.createProducerUsers({
      email: email.toLowerCase(),
      first_name: body.first_name,
      last_name: body.last_name ?? null,
      phone: body.phone ?? null,
      producer_id: producer.id,
      status: "pending",
      message: body.message ?? null,
    })
  }
  await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), producer_id: user.id } })
  res.status(201).json({ user: { id: user.id, email: user.email, status: user.status } })
}
