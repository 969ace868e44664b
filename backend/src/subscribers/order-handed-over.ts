import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyHandOver } from "../buyer-orders/notify"
import { readOrderStatus } from "../buyer-orders/status"

type Fulfilled = { order?: { id: string; display_id: number; email: string | null } | null }

/**
 * A producer shipped its lines (shipment.created, once the tracking number is
 * on the label) or made them ready for pick-up (order.fulfillment_created):
 * the buyer gets an e-mail with the same facts as the order page. A shipped
 * fulfillment waits for its shipment, so the e-mail carries the tracking.
 */
export default async function orderHandedOver({ event, container }: SubscriberArgs<{ id?: string; fulfillment_id?: string; no_notification?: boolean }>) {
  const fulfillmentId = event.data.fulfillment_id ?? event.data.id
  if (!fulfillmentId || event.data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "fulfillment", fields: ["id", "metadata", "order.id", "order.display_id", "order.email"], filters: { id: fulfillmentId } })
  const fulfillment = data[0] as unknown as (Fulfilled & { metadata: Record<string, unknown> | null }) | undefined
  const order = fulfillment?.order
  if (!fulfillment || !order) return
  const pickup = fulfillment.metadata?.mode === "ready_for_pickup"
  if (pickup !== (event.name === "order.fulfillment_created")) return
  const status = await readOrderStatus(container, order.id)
  if (status) await notifyHandOver(container, order, status, fulfillmentId)
}

export const config: SubscriberConfig = { event: ["shipment.created", "order.fulfillment_created"] }
