import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PortalOrder } from "@ocop/core"
import { PRODUCER_ORDERS_MODULE } from "../../modules/producer-orders"
import type ProducerOrdersModuleService from "../../modules/producer-orders/service"

/** An order as one producer sees it (PortalOrder, @ocop/core), with the payment's id the routes keep to themselves. */
type OwnOrder = PortalOrder & { payment_id: string | null }

type RawOrder = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  shipping_address: Record<string, string | null> | null
  shipping_methods?: { name: string }[]
  payment_collections?: { payments?: { id: string; provider_id: string; captured_at: string | null }[] }[]
  items?: {
    id: string
    title: string
    subtitle: string | null
    quantity: number
    metadata: Record<string, unknown> | null
    detail?: { quantity: number; fulfilled_quantity: number; shipped_quantity: number }
  }[]
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
      "email",
      "shipping_address.*",
      "shipping_methods.name",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "items.id",
      "items.title",
      "items.subtitle",
      "items.quantity",
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
        only_producer: items.every((i) => mine.has(i.id)),
        lines: items
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
          })),
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
