import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { BuyerOrderStatus, BuyerShipment } from "@ocop/core"
import { readBackendEnv } from "../config/env"

const site = readBackendEnv(process.env).PUBLIC_SITE_URL.replace(/\/+$/, "")

/** The buyer's page of an order (it opens for the device that placed it, or for the customer logged in). */
export const orderUrl = (orderId: string) => `${site}/orders/${orderId}`

/** What an e-mail says of where an order stands: the same facts as the order page. */
export function statusFacts(status: BuyerOrderStatus) {
  return { stage: status.stage, paid: status.paid, by_transfer: status.by_transfer, shipments: status.shipments.map(shipmentFacts) }
}

function shipmentFacts(s: BuyerShipment) {
  return {
    producer: s.producer_name,
    mode: s.mode,
    carrier: s.carrier,
    tracking_number: s.tracking_number,
    tracking_url: s.tracking_url,
    shipped_at: s.shipped_at,
    items: s.items.map((i) => ({ title: i.title, quantity: i.quantity })),
  }
}

/**
 * Tells the buyer one producer handed its lines over: the parcel (carrier,
 * tracking number and link) or the pick-up at the showroom. One e-mail per
 * fulfillment, whatever the number of events (idempotency key).
 */
export async function notifyHandOver(scope: MedusaContainer, order: { id: string; display_id: number; email: string | null }, status: BuyerOrderStatus, fulfillmentId: string) {
  const shipment = status.shipments.find((s) => s.id === fulfillmentId)
  if (!order.email || !shipment) return
  await scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: shipment.mode === "ready_for_pickup" ? "order-ready-for-pickup" : "order-shipped",
    idempotency_key: `order-handover-${fulfillmentId}`,
    data: { order_id: order.id, display_id: order.display_id, order_url: orderUrl(order.id), shipment: shipmentFacts(shipment), status: statusFacts(status) },
  })
}
