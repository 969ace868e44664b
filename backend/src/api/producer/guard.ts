import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_ACCOUNTS_MODULE } from "../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../modules/producer-accounts/service"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"

/**
 * Every producer route answers for one producer only: the one the logged-in
 * producer user belongs to. Records of another producer are "not found",
 * never "forbidden", so their existence does not leak.
 */
export type ProducerActor = { userId: string; producerId: string; status: string }

export async function producerActor(req: AuthenticatedMedusaRequest): Promise<ProducerActor> {
  const accounts: ProducerAccountsModuleService = req.scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const [user] = await accounts.listProducerUsers({ id: req.auth_context.actor_id })
  if (!user) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login has no producer account.")
  return { userId: user.id, producerId: user.producer_id, status: user.status }
}

/** Middleware: only active producer users get past it (pending ones wait for the trade department). */
export async function requireActiveProducer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actor = await producerActor(req as AuthenticatedMedusaRequest)
    if (actor.status !== "active") {
      res.status(403).json({ message: "Your producer account is waiting for the trade department's approval." })
      return
    }
    next()
  } catch (error) {
    next(error)
  }
}

const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found.`)

/** The producer's own Medusa products (through its OCOP records). */
export async function ownProductIds(scope: MedusaContainer, producerId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ocop_product", fields: ["product.id"], filters: { producer_id: producerId } })
  return (data as unknown as { product?: { id: string } | null }[]).flatMap((r) => (r.product ? [r.product.id] : []))
}

export async function assertOwnProduct(scope: MedusaContainer, producerId: string, productId: string) {
  if (!(await ownProductIds(scope, producerId)).includes(productId)) throw notFound("Product", productId)
}

export async function assertOwnLot(scope: MedusaContainer, producerId: string, lotId: string) {
  const trace: TraceabilityModuleService = scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id: lotId }, { select: ["id", "product_id"] })
  if (!lot || !(await ownProductIds(scope, producerId)).includes(lot.product_id)) throw notFound("Lot", lotId)
  return lot
}
