import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { amountToCollect, type PortalOrder, type PortalShipment, paymentModeOf, paymentStateOf, producerShare } from "@ocop/core"
import { PRODUCER_ORDERS_MODULE } from "../../modules/producer-orders"
import type ProducerOrdersModuleService from "../../modules/producer-orders/service"

/** An order as one producer sees it (PortalOrder, @ocop/core), with the payment's id the routes keep to themselves. */
type OwnOrder = PortalOrder & { payment_id: string | null }

/** A Medusa amount: a number, or a BigNumber when computed with totals (its valueOf is the number). */
type Amount = number | { valueOf(): number } | null | undefined

type RawFulfillment = {
  id: string
  created_at: string | Date
  canceled_at: string | Date | null
  metadata: Record<string, unknown> | null
  items?: { line_item_id: string | null }[]
  labels?: { tracking_number: string; tracking_url: string }[]
}

type RawOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  email: string | null
  total: Amount
  item_total: Amount
  shipping_total: Amount
  shipping_address: Record<string, string | null> | null
  shipping_methods?: { name: string }[]
  payment_collections?: { payments?: { id: string; provider_id: string; captured_at: string | null; data: Record<string, unknown> | null }[] }[]
  fulfillments?: RawFulfillment[]
  items?: {
    id: string
    title: string
    subtitle: string | null
    quantity: number
    total: Amount
    metadata: Record<string, unknown> | null
    detail?: { quantity: number; fulfilled_quantity: number; shipped_quantity: number }
  }[]
}

const dong = (value: Amount) => Math.round(Number(value ?? 0))
const textOf = (value: unknown) => (typeof value === "string" && value !== "" ? value : null)

/** What the producer's latest live fulfillment of a line says: shipped (carrier, tracking number) or ready for pick-up. */
function shipmentOf(fulfillments: RawFulfillment[], lineId: string): PortalShipment | null {
  const latest = fulfillments
    .filter((f) => !f.canceled_at && f.items?.some((i) => i.line_item_id === lineId))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0]
  if (!latest) return null
  const label = latest.labels?.find((l) => l.tracking_number)
  return {
    mode: latest.metadata?.mode === "ready_for_pickup" ? "ready_for_pickup" : "shipped",
    carrier: textOf(latest.metadata?.carrier),
    tracking_number: textOf(label?.tracking_number),
    tracking_url: textOf(label?.tracking_url),
  }
}

export async function portalOrders(scope: MedusaContainer, producerId: string, only?: string): Promise<OwnOrder[]> {
  const lines = await (scope.resolve(PRODUCER_ORDERS_MODULE) as ProducerOrdersModuleService).listProducerOrderLines(
    only ? { producer_id: producerId, order_id: only } : { producer_id: producerId },
    { take: 500, order: { created_at: "DESC" } },
  )
  const mine = new Set(lines.map((l) => l.line_item_id))
  const orderIds = [...new Set(lines.map((l) => l.order_id))]
  if (!orderIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "status",
      "email",
      // Asking for a total makes Medusa compute every total, the items' included.
      "total",
      "item_total",
      "shipping_total",
      "shipping_address.*",
      "shipping_methods.name",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.data",
      "fulfillments.id",
      "fulfillments.created_at",
      "fulfillments.canceled_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.labels.tracking_number",
      "fulfillments.labels.tracking_url",
      "items.id",
      "items.title",
      "items.subtitle",
      "items.quantity",
      "items.total",
      "items.metadata",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "items.detail.shipped_quantity",
    ],
    filters: { id: orderIds },
  })
  return (data as unknown as RawOrder[])
    .map((o) => {
      const payment = o.payment_collections?.flatMap((c) => c.payments ?? [])[0]
      const items = o.items ?? []
      const onlyProducer = items.every((i) => mine.has(i.id))
      const lines = items
        .filter((i) => mine.has(i.id))
        .map((i) => ({
          // The quantity lives on the order item (detail) in Medusa 2.
          id: i.id,
          title: i.title,
          subtitle: i.subtitle,
          quantity: Number(i.detail?.quantity ?? i.quantity),
          fulfilled: Number(i.detail?.fulfilled_quantity ?? 0),
          shipped: Number(i.detail?.shipped_quantity ?? 0),
          visit_date: typeof i.metadata?.visit_date === "string" ? i.metadata.visit_date : null,
          total: dong(i.total),
          shipment: shipmentOf(o.fulfillments ?? [], i.id),
        }))
      const mode = paymentModeOf(payment?.provider_id)
      const state = paymentStateOf(mode, Boolean(payment?.captured_at), o.status === "canceled")
      const share = producerShare(
        lines.map((l) => l.total),
        { total: dong(o.total), item_total: dong(o.item_total), shipping_total: dong(o.shipping_total) },
        onlyProducer,
      )
      return {
        id: o.id,
        number: o.display_id,
        created_at: new Date(o.created_at).toISOString(),
        email: o.email,
        address: o.shipping_address,
        shipping_method: o.shipping_methods?.[0]?.name ?? null,
        payment_provider: payment?.provider_id ?? null,
        payment_id: payment?.id ?? null,
        paid: Boolean(payment?.captured_at),
        only_producer: onlyProducer,
        // Only the reference of a VietQR payment's data: the rest (bank details, a card's secrets) is not the producer's.
        payment: { mode, state, reference: mode === "vietqr" ? textOf(payment?.data?.reference) : null },
        producer_total: share,
        to_collect: amountToCollect(state, share),
        lines,
      }
    })
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
}

/** What a producer is shown of an order: not the payment's id. */
export function portalOrder({ payment_id: _id, ...order }: OwnOrder): PortalOrder {
  return order
}

export async function ownOrder(scope: MedusaContainer, producerId: string, orderId: string) {
  const [order] = await portalOrders(scope, producerId, orderId)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found.`)
  return order
}
