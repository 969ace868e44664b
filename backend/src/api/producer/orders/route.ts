import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerActor } from "../guard"
import { portalOrders } from "../orders"

/** GET /producer/orders — orders with the producer's own lines (only those lines). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producerId } = await producerActor(req)
  const orders = await portalOrders(req.scope, producerId)
  res.json({ orders: orders.map(({ payment_id: _id, ...order }) => order) })
}
