import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrdersResponse } from "@ocop/core"
import { producerActor } from "../guard"
import { portalOrder, portalOrders } from "../orders"

/** GET /producer/orders — orders with the producer's own lines (only those lines). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerOrdersResponse>) {
  const { producerId } = await producerActor(req)
  const orders = await portalOrders(req.scope, producerId)
  res.json({ orders: orders.map(portalOrder) })
}
