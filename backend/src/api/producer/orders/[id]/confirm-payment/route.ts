import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER, type ProducerConfirmPaymentResponse } from "@ocop/core"
import { producerActor } from "../../../guard"
import { ownOrder, portalOrder } from "../../../orders"

/**
 * POST /producer/orders/:id/confirm-payment — the producer saw the VietQR
 * transfer arrive. Only for an order that is entirely theirs: a shared order's
 * payment is the trade department's to confirm.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerConfirmPaymentResponse>) {
  const { producerId, userId } = await producerActor(req)
  const order = await ownOrder(req.scope, producerId, req.params.id)
  if (order.payment_provider !== PAYMENT_PROVIDER.vietqr) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a VietQR transfer is confirmed here.")
  if (!order.only_producer) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order has other producers' lines: the trade department confirms its payment.")
  if (order.paid) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment is already confirmed.")
  await capturePaymentWorkflow(req.scope).run({ input: { payment_id: order.payment_id as string, captured_by: userId } })
  res.json({ order: portalOrder(await ownOrder(req.scope, producerId, order.id)) })
}
