import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ProducerBooking, type ProducerBookingsResponse, vietnamDay, visitDateOf } from "@ocop/core"
import { PRODUCER_ORDERS_MODULE } from "../../../modules/producer-orders"
import type ProducerOrdersModuleService from "../../../modules/producer-orders/service"
import { producerActor } from "../guard"

type RawOrder = {
  id: string
  display_id: number
  email: string | null
  status: string
  billing_address: { first_name: string | null; phone: string | null } | null
  shipping_address: { first_name: string | null; phone: string | null } | null
  payment_collections?: { payments?: { provider_id: string; captured_at: string | null }[] }[]
  items?: { id: string; title: string; subtitle: string | null; quantity: number | null; metadata: Record<string, unknown> | null; detail?: { quantity: number } | null }[]
}

/**
 * GET /producer/bookings — the producer's own bookings from today on, by
 * date: who comes (name, phone, e-mail), how many, and whether it is paid.
 * Lines are the producer's as recorded when the order was placed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerBookingsResponse>) {
  const { producerId } = await producerActor(req)
  const lines = await (req.scope.resolve(PRODUCER_ORDERS_MODULE) as ProducerOrdersModuleService).listProducerOrderLines(
    { producer_id: producerId },
    { take: 1000, order: { created_at: "DESC" }, select: ["order_id", "line_item_id"] },
  )
  const mine = new Set(lines.map((l) => l.line_item_id))
  const orderIds = [...new Set(lines.map((l) => l.order_id))]
  if (!orderIds.length) {
    res.json({ bookings: [] })
    return
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "status",
      "billing_address.*",
      "shipping_address.*",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "items.id",
      "items.title",
      "items.subtitle",
      "items.quantity",
      "items.metadata",
      "items.detail.quantity",
    ],
    filters: { id: orderIds },
  })
  const today = vietnamDay(new Date())
  const bookings = (data as unknown as RawOrder[]).flatMap((o) => {
    const payment = o.payment_collections?.flatMap((c) => c.payments ?? [])[0]
    const contact = o.billing_address ?? o.shipping_address
    return (o.items ?? []).flatMap((i): ProducerBooking[] => {
      const date = visitDateOf(i.metadata)
      if (!mine.has(i.id) || !date || date < today) return []
      return [
        {
          date,
          order_id: o.id,
          order_number: o.display_id,
          title: i.title,
          subtitle: i.subtitle,
          // The quantity lives on the order item (detail) in Medusa 2.
          visitors: Number(i.detail?.quantity ?? i.quantity ?? 0),
          name: contact?.first_name ?? null,
          phone: contact?.phone ?? null,
          email: o.email,
          payment_provider: payment?.provider_id ?? null,
          paid: Boolean(payment?.captured_at),
          canceled: o.status === "canceled",
        },
      ]
    })
  })
  res.json({ bookings: bookings.sort((a, b) => a.date.localeCompare(b.date) || a.order_number - b.order_number) })
}
