import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCustomerOrdersResponse } from "@ocop/core"
import { ORDER_STATUS_FIELDS, type RawStatusOrder, statusesOf } from "../../../../../buyer-orders/status"

/** The account page lists at most this many orders. */
const LISTED = 50

/** GET /store/ocop/customer/orders — the logged-in customer's orders, newest first, each with its stage. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCustomerOrdersResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [...ORDER_STATUS_FIELDS, "display_id", "total"],
    filters: { customer_id: req.auth_context.actor_id, is_draft_order: false },
    pagination: { take: LISTED, order: { created_at: "DESC" } },
  })
  const orders = data as unknown as (RawStatusOrder & { display_id: number; total: number })[]
  const statuses = await statusesOf(req.scope, orders)
  res.json({
    orders: orders.map((o) => ({
      id: o.id,
      number: o.display_id,
      created_at: new Date(o.created_at).toISOString(),
      total: Number(o.total),
      stage: statuses.get(o.id)?.stage ?? "placed",
    })),
  })
}
