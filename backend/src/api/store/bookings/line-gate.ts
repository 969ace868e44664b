import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type FieldProblem, placesLeft, VISIT_DATE_KEY, visitDateOf } from "@ocop/core"
import { bookedOn } from "../../../modules/bookings/places"
import { serviceSettings } from "../../../workflows/bookings/book-places"
import { invalidData } from "../../problems"

type AddLine = { variant_id?: unknown; quantity?: unknown; metadata?: unknown }

/**
 * Runs before Medusa adds a line to a cart (POST /store/carts/:id/line-items):
 * a bookable service needs a visit date, and a date that cannot take the
 * visitors asked for (with those already in this cart) is refused at once, so
 * the buyer hears it on the product page rather than at checkout. The places
 * are taken only when the cart is completed (../../../workflows/hooks/book-places.ts).
 */
export async function admitBookingLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as AddLine
    if (typeof body.variant_id !== "string") return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: body.variant_id } })
    const productId = (variants[0] as { product_id?: string } | undefined)?.product_id
    const service = productId ? (await serviceSettings(req.scope, [productId])).get(productId) : undefined
    if (!productId || !service) return next()
    const field = `metadata.${VISIT_DATE_KEY}`
    const date = visitDateOf(body.metadata)
    if (!date) return next(invalidData(`${field}: a booking needs a visit date`, [{ field, code: "required" }]))
    if (service.capacity === null) return next()
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "items.product_id", "items.quantity", "items.metadata"], filters: { id: req.params.id ?? "" } })
    const items = ((carts[0] as { items?: { product_id: string | null; quantity: number; metadata: Record<string, unknown> | null }[] } | undefined)?.items ?? []).filter(
      (i) => i.product_id === productId && visitDateOf(i.metadata) === date,
    )
    const wanted = Number(body.quantity ?? 1) + items.reduce((n, i) => n + Number(i.quantity), 0)
    const left = placesLeft(service.capacity, await bookedOn(req.scope, productId, date)) ?? wanted
    if (left < wanted) {
      const problem: FieldProblem = { field, code: "fully_booked", params: { date, left } }
      return next(invalidData(`${field}: ${date} has ${left} places left`, [problem]))
    }
    next()
  } catch (error) {
    next(error)
  }
}
