import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerShipResponse } from "@ocop/core"
import { producerActor } from "../../../guard"
import { ownOrder, portalOrder } from "../../../orders"
import type { ShipBody } from "../../../validators"

/**
 * POST /producer/orders/:id/ship — fulfils the producer's own unfulfilled
 * lines: shipped (with a tracking number) or ready for pick-up at the showroom.
 */
export async function POST(req: AuthenticatedMedusaRequest<ShipBody>, res: MedusaResponse<ProducerShipResponse>) {
  const { producerId, userId } = await producerActor(req)
  const order = await ownOrder(req.scope, producerId, req.params.id)
  const items = order.lines.filter((l) => l.fulfilled < l.quantity).map((l) => ({ id: l.id, quantity: l.quantity - l.fulfilled }))
  if (!items.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your lines of this order are already fulfilled.")
  const { mode, tracking_number, carrier } = req.validatedBody
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(req.scope).run({
    input: { order_id: order.id, items, created_by: userId, metadata: { producer_id: producerId, mode, ...(carrier && { carrier }) } },
  })
  if (mode === "shipped") {
    await createOrderShipmentWorkflow(req.scope).run({
      input: {
        order_id: order.id,
        fulfillment_id: fulfillment.id,
        items,
        labels: tracking_number ? [{ tracking_number, tracking_url: "", label_url: "" }] : [],
      },
    })
  }
  res.json({ order: portalOrder(await ownOrder(req.scope, producerId, order.id)), mode })
}
