import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderUrl, statusFacts } from "../buyer-orders/notify"
import { readOrderStatus } from "../buyer-orders/status"
import { PRODUCER_ORDERS_MODULE } from "../modules/producer-orders"
import type ProducerOrdersModuleService from "../modules/producer-orders/service"

type PlacedOrder = {
  id: string
  display_id: number
  email: string | null
  total: number
  currency_code: string
  items: { id: string; product_id: string | null; title: string; quantity: number }[]
}

/**
 * When an order is placed: each line is attributed to its product's producer
 * (for the producer portal), and the buyer gets a confirmation through the
 * notification module. Both are safe to run twice: lines are unique per line
 * item, the notification carries an idempotency key.
 */
export default async function orderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "currency_code", "items.id", "items.product_id", "items.title", "items.quantity"],
    filters: { id: event.data.id },
  })
  const order = data[0] as unknown as PlacedOrder | undefined
  if (!order) return

  const productIds = [...new Set(order.items.flatMap((i) => (i.product_id ? [i.product_id] : [])))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "ocop_product.producer.id", "ocop_product.producer.handle"], filters: { id: productIds } })
    : { data: [] }
  const producerOf = new Map(
    (products as unknown as { id: string; ocop_product?: { producer?: { id: string; handle: string } } | null }[]).flatMap((p) =>
      p.ocop_product?.producer ? [[p.id, p.ocop_product.producer] as const] : [],
    ),
  )
  const orders: ProducerOrdersModuleService = container.resolve(PRODUCER_ORDERS_MODULE)
  const known = new Set((await orders.listProducerOrderLines({ order_id: order.id }, { select: ["line_item_id"], take: null })).map((l) => l.line_item_id))
  const lines = order.items.flatMap((item) => {
    const producer = item.product_id ? producerOf.get(item.product_id) : undefined
    if (!producer || known.has(item.id)) return []
    return [
      {
        order_id: order.id,
        line_item_id: item.id,
        product_id: item.product_id as string,
        producer_id: producer.id,
        producer_handle: producer.handle,
        quantity: Number(item.quantity),
      },
    ]
  })
  if (lines.length) await orders.createProducerOrderLines(lines)

  if (order.email) {
    // Where the order stands (placed, or awaiting its transfer), as its page says.
    const status = await readOrderStatus(container, order.id)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: order.email,
      channel: "email",
      template: "order-placed",
      idempotency_key: `order-placed-${order.id}`,
      data: {
        order_id: order.id,
        display_id: order.display_id,
        total: Number(order.total),
        currency_code: order.currency_code,
        items: order.items.map((i) => ({ title: i.title, quantity: Number(i.quantity) })),
        order_url: orderUrl(order.id),
        ...(status && { status: statusFacts(status) }),
      },
    })
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
