import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerMeResponse, ProducerMeUpdateResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../../modules/producer-accounts/service"
import { producerActor } from "../guard"
import type { ProducerProfileBody } from "../validators"

async function profile(req: AuthenticatedMedusaRequest) {
  const actor = await producerActor(req)
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [user] = await accounts.listProducerUsers({ id: actor.userId }, { select: ["id", "email", "first_name", "last_name", "phone", "status"] })
  const [producer] = await ocop.listOcopProducers({ id: actor.producerId })
  if (!user || !producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This login's producer was not found.")
  const reviews = await accounts.listProducerReviews({ producer_id: actor.producerId }, { order: { created_at: "DESC" }, take: 20 })
  return { actor, user, producer, reviews }
}

/** GET /producer/me — the logged-in person, their producer, and its review requests. Pending accounts see this too. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerMeResponse>) {
  const { user, producer, reviews } = await profile(req)
  const active = user.status === "active"
  res.json({ user, producer: active ? producer : { id: producer.id, legal_name: producer.legal_name }, reviews: active ? reviews : [] })
}

/** POST /producer/me — the producer's profile: contact and story live; a new legal name goes to review. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerProfileBody>, res: MedusaResponse<ProducerMeUpdateResponse>) {
  const { actor, producer } = await profile(req)
  if (actor.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your producer account is waiting for approval.")
  const { legal_name, legal_name_en, gln, ...rest } = req.validatedBody
  const live = { ...rest, ...(gln === undefined ? {} : { gln: gln || null }), ...(legal_name_en === undefined ? {} : { legal_name_en: legal_name_en || null }) }
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  if (Object.keys(live).length) await ocop.updateOcopProducers({ id: producer.id, ...live })
  const pending: ProducerMeUpdateResponse["pending_review"] = []
  if (legal_name && legal_name !== producer.legal_name) {
    const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
    await accounts.createProducerReviews({
      producer_id: producer.id,
      producer_user_id: actor.userId,
      kind: "producer_name",
      current_value: producer.legal_name,
      proposed_value: legal_name,
    })
    pending.push("legal_name")
  }
  const [updated] = await ocop.listOcopProducers({ id: producer.id })
  res.json({ producer: updated ?? producer, pending_review: pending })
}
