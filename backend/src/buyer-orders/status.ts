import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BuyerOrderStatus, type BuyerShipment, handOverOf, orderStage, PAYMENT_PROVIDER } from "@ocop/core"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

/**
 * Where orders stand for their buyers, read from Medusa's own records: the
 * order (cancelled), its payment (provider, captured) and its fulfillments,
 * which the producer portal's ship route creates one per producer with
 * metadata { producer_id, mode, carrier } and the tracking number on the
 * shipment's label.
 */
export const ORDER_STATUS_FIELDS = [
  "id",
  "status",
  "created_at",
  "canceled_at",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "items.id",
  "items.title",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.metadata",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.title",
  "fulfillments.items.quantity",
]

type RawFulfillment = {
  id: string
  created_at: string | Date
  metadata: Record<string, unknown> | null
  shipped_at: string | Date | null
  delivered_at: string | Date | null
  canceled_at: string | Date | null
  labels?: { tracking_number: string | null; tracking_url: string | null }[]
  items?: { line_item_id: string | null; title: string; quantity: number }[]
}

export type RawStatusOrder = {
  id: string
  status: string
  created_at: string | Date
  canceled_at?: string | Date | null
  payment_collections?: { payments?: { provider_id: string; captured_at: string | Date | null }[] }[]
  items?: { id: string; title: string; quantity: number; detail?: { quantity: number; fulfilled_quantity: number } }[]
  fulfillments?: RawFulfillment[]
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)
const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null)
/** A tracking link only when it is a real http(s) address: it becomes a link on the buyer's page. */
const link = (value: unknown) => {
  const url = text(value)
  return url && /^https?:\/\/[^\s"<>]+$/i.test(url) ? url : null
}

/** The statuses of orders already read with ORDER_STATUS_FIELDS; producer names are looked up once for all. */
export async function statusesOf(scope: MedusaContainer, orders: RawStatusOrder[]): Promise<Map<string, BuyerOrderStatus>> {
  const producerIds = [...new Set(orders.flatMap((o) => (o.fulfillments ?? []).flatMap((f) => text(f.metadata?.producer_id) ?? [])))]
  const producers = producerIds.length
    ? await (scope.resolve(OCOP_MODULE) as OcopModuleService).listOcopProducers({ id: producerIds }, { select: ["id", "legal_name", "legal_name_en"] })
    : []
  const producerOf = new Map(producers.map((p) => [p.id, p]))
  return new Map(
    orders.map((order) => {
      const payment = order.payment_collections?.flatMap((c) => c.payments ?? [])[0]
      const paid = Boolean(payment?.captured_at)
      const byTransfer = payment?.provider_id === PAYMENT_PROVIDER.vietqr
      const fulfillments = [...(order.fulfillments ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      const shipments: BuyerShipment[] = fulfillments
        .filter((f) => !f.canceled_at)
        .map((f) => {
          const producer = producerOf.get(text(f.metadata?.producer_id) ?? "")
          const label = (f.labels ?? []).find((l) => text(l.tracking_number))
          return {
            id: f.id,
            producer_name: producer?.legal_name ?? null,
            producer_name_en: producer?.legal_name_en ?? null,
            mode: handOverOf(f.metadata),
            carrier: text(f.metadata?.carrier),
            tracking_number: text(label?.tracking_number),
            tracking_url: link(label?.tracking_url),
            shipped_at: iso(f.shipped_at),
            delivered_at: iso(f.delivered_at),
            items: (f.items ?? []).map((i) => ({ line_item_id: i.line_item_id, title: i.title, quantity: Number(i.quantity) })),
          }
        })
      const unfulfilled = (order.items ?? []).some((i) => Number(i.detail?.fulfilled_quantity ?? 0) < Number(i.detail?.quantity ?? i.quantity))
      const stage = orderStage({
        cancelled: order.status === "canceled" || Boolean(order.canceled_at),
        byTransfer,
        paid,
        unfulfilled,
        fulfillments: fulfillments.map((f) => ({
          mode: handOverOf(f.metadata),
          shipped: Boolean(f.shipped_at),
          delivered: Boolean(f.delivered_at),
          cancelled: Boolean(f.canceled_at),
        })),
      })
      return [order.id, { stage, by_transfer: byTransfer, paid, placed_at: iso(order.created_at) ?? "", shipments }] as const
    }),
  )
}

/** One order's status, or null when there is no such order. */
export async function readOrderStatus(scope: MedusaContainer, orderId: string): Promise<BuyerOrderStatus | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_STATUS_FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as RawStatusOrder | undefined
  if (!order) return null
  return (await statusesOf(scope, [order])).get(order.id) ?? null
}
