import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminOrderProducersResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"
import { PRODUCER_ORDERS_MODULE } from "../../../../../../modules/producer-orders"
import type ProducerOrdersModuleService from "../../../../../../modules/producer-orders/service"

/**
 * GET /admin/ocop/orders/:id/producers — which producer each line of the order belongs to, as fixed
 * when it was placed (the producer portal fulfils from the same records).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOrderProducersResponse>) {
  const orderId = String(req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: orderId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found.`)
  const orders: ProducerOrdersModuleService = req.scope.resolve(PRODUCER_ORDERS_MODULE)
  const lines = await orders.listProducerOrderLines({ order_id: orderId }, { take: null })
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const ids = [...new Set(lines.map((l) => l.producer_id))]
  const producers = ids.length ? await ocop.listOcopProducers({ id: ids }, { select: ["id", "handle", "legal_name", "entity_type"] }) : []
  const byId = new Map(producers.map((p) => [p.id, p]))
  res.json({
    lines: lines.map((l) => ({ line_item_id: l.line_item_id, product_id: l.product_id, quantity: l.quantity, producer: byId.get(l.producer_id) ?? null })),
  })
}
