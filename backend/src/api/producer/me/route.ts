import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
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
  const reviews = await accounts.listProducerReviews({ producer_id: actor.producerId }, { order: { created_at: "DESC" }, take: 20 })
  return { actor, user, producer, reviews }
}

/** GET /producer/me — the logged-in person, their producer, and its review requests. Pending accounts see this too. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { user, producer, reviews } = await profile(req)
  res.json({ user, producer: user?.status === "active" ? producer : { id: producer?.id, legal_name: producer?.legal_name }, reviews: user?.status === "active" ? reviews : [] })
}

/** POST /producer/me — the producer's profile: contact and story live; a new legal name goes to review. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerProfileBody>, res: MedusaResponse) {
  const { actor, producer } = await profile(req)
  if (actor.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your producer account is waiting for approval.")
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Producer not found.")
  const { legal_name, ...live } = req.validatedBody
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  if (Object.keys(live).length) await ocop.updateOcopProducers({ id: producer.id, ...live })
  const pending: string[] = []
  if (legal_name && legal_name !== producer.legal_name) {
    const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
    await accounts.createProducerReviews({ producer_id: producer.id, producer_user_id: actor.userId, kind: "producer_name", current_value: producer.legal_name, proposed_value: legal_name })
    pending.push("legal_name")
  }
  const [updated] = await ocop.listOcopProducers({ id: producer.id })
  res.json({ producer: updated, pending_review: pending })
}
