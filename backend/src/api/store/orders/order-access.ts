import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_PROOF_HEADER, orderProofHolds } from "@ocop/core/order-proof"
import { readBackendEnv } from "../../../config/env"

const secret = readBackendEnv(process.env).ORDER_PROOF_SECRET

/**
 * Middleware on the store's order routes (GET /store/orders/:id, GET
 * /store/ocop/orders/:id/payment): an order is answered only to the storefront
 * showing it to the device that placed it (header x-order-proof: the order's
 * proof, made with ORDER_PROOF_SECRET) or to the logged-in customer it belongs
 * to. Anything else is "not found", exactly as for an id that does not exist,
 * so ids cannot be probed. Runs after `authenticate(..., { allowUnauthenticated })`.
 */
export async function requireOrderAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id ?? ""
  try {
    if (orderProofHolds(secret, id, req.get(ORDER_PROOF_HEADER))) return next()
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    if (auth?.actor_type === "customer" && auth.actor_id && (await customerOf(req, id)) === auth.actor_id) return next()
    next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`))
  } catch (error) {
    next(error)
  }
}

async function customerOf(req: MedusaRequest, orderId: string): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  return (data[0] as { customer_id?: string | null } | undefined)?.customer_id ?? null
}
