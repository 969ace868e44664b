import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderStatusResponse } from "@ocop/core"
import { readOrderStatus } from "../../../../../../buyer-orders/status"

/**
 * GET /store/ocop/orders/:id/status — where the order stands and each
 * producer's shipment (carrier, tracking). Answered, like GET
 * /store/orders/:id, only with the order's proof or to the customer it
 * belongs to (store/orders/order-access.ts, in middlewares.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOrderStatusResponse>) {
  const status = await readOrderStatus(req.scope, req.params.id)
  if (!status) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  res.json({ status })
}
