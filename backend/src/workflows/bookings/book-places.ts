import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BOOKING_CAPACITY_KEY, BOOKING_PAYMENT_KEY, bookingSettingsOf, type FieldProblem, PAYMENT_PROVIDER, placesLeft, VISIT_DATE_KEY, visitDateOf } from "@ocop/core"
import { invalidData } from "../../api/problems"
import { BOOKINGS_MODULE } from "../../modules/bookings"
import { bookedOn } from "../../modules/bookings/places"
import type BookingsModuleService from "../../modules/bookings/service"

/** A cart line as the completion reads it. */
export type BookingLine = { id: string; product_id: string | null; variant_id: string | null; quantity: number; metadata: Record<string, unknown> | null }
export type BookingCart = {
  id: string
  completed_at?: string | Date | null
  items?: BookingLine[] | null
  payment_collection?: { payment_sessions?: { provider_id: string; status?: string }[] } | null
}

/** The booking settings of the products that have any (tourism services), by product id. */
export async function serviceSettings(scope: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return new Map<string, ReturnType<typeof bookingSettingsOf>>()
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } })
  return new Map(
    (data as { id: string; metadata: Record<string, unknown> | null }[])
      .filter((p) => p.metadata && (BOOKING_CAPACITY_KEY in p.metadata || BOOKING_PAYMENT_KEY in p.metadata))
      .map((p) => [p.id, bookingSettingsOf(p.metadata)] as const),
  )
}

/** Medusa's lock key for one service's date. */
export const placesLock = (productId: string, date: string) => `booking:${productId}:${date}`

/**
 * Takes the places a cart's bookings need, or refuses the whole cart with a
 * 400 naming each line that cannot be had (a date fully booked, a date
 * missing, a service paid only by transfer chosen to pay at arrival).
 * Counting and writing happen under Medusa's locking module, one lock per
 * service and date, as Medusa reserves stock under one lock per inventory
 * item: two carts racing for the last place are served one after the other.
 * Returns the ids written, for the compensation to delete.
 */
export async function bookPlaces(scope: MedusaContainer, cart: BookingCart): Promise<string[]> {
  if (await completed(scope, cart)) return [] // a repeated completion: Medusa answers with the order, whose places are taken
  const lines = (cart.items ?? []).map((line, index) => ({ line, index, date: visitDateOf(line.metadata) }))
  const settings = await serviceSettings(scope, [...new Set(lines.flatMap(({ line }) => (line.product_id ? [line.product_id] : [])))])
  const bookings = lines.flatMap(({ line, index, date }) => {
    const service = line.product_id ? settings.get(line.product_id) : undefined
    return service && line.product_id ? [{ line, index, date, service, productId: line.product_id }] : []
  })
  if (!bookings.length) return []
  const problems: FieldProblem[] = []
  const provider = cart.payment_collection?.payment_sessions?.find((s) => s.status !== "canceled")?.provider_id
  if (provider === PAYMENT_PROVIDER.cod && bookings.some((b) => b.service.payment === "vietqr"))
    problems.push({ field: "payment", code: "payment_not_offered", params: { allowed: "vietqr" } })
  for (const b of bookings) if (!b.date) problems.push({ field: `items.${b.index}.metadata.${VISIT_DATE_KEY}`, code: "required" })
  if (problems.length) throw invalidData(`Booking refused: ${problems.map((p) => p.field).join(", ")}`, problems)

  const bookings_: BookingsModuleService = scope.resolve(BOOKINGS_MODULE)
  // A completion of this cart that died half-way may have left its places: this one takes them anew.
  const left = await bookings_.listBookedPlaces({ cart_id: cart.id }, { select: ["id"] })
  if (left.length) await bookings_.deleteBookedPlaces(left.map((p) => p.id))
  const dated = bookings.flatMap((b) => (b.date ? [{ ...b, date: b.date }] : []))
  const keys = [...new Set(dated.map((b) => placesLock(b.productId, b.date)))].sort()
  return scope.resolve(Modules.LOCKING).execute(
    keys,
    async () => {
      for (const b of dated) {
        const { capacity } = b.service
        if (capacity === null) continue
        const wanted = dated.filter((o) => o.productId === b.productId && o.date === b.date).reduce((n, o) => n + Number(o.line.quantity), 0)
        const free = placesLeft(capacity, await bookedOn(scope, b.productId, b.date, cart.id)) ?? wanted
        if (free < wanted) problems.push({ field: `items.${b.index}.metadata.${VISIT_DATE_KEY}`, code: "fully_booked", params: { date: b.date, left: free } })
      }
      if (problems.length) throw invalidData(`Fully booked: ${problems.map((p) => `${p.params?.date} has ${p.params?.left} places left`).join("; ")}`, problems)
      const written = await bookings_.createBookedPlaces(
        dated.map((b) => ({
          product_id: b.productId,
          variant_id: b.line.variant_id ?? "",
          visit_date: b.date,
          places: Number(b.line.quantity),
          cart_id: cart.id,
          cart_line_id: b.line.id,
        })),
      )
      return written.map((p) => p.id)
    },
    { timeout: 30 },
  )
}

async function completed(scope: MedusaContainer, cart: BookingCart): Promise<boolean> {
  if (cart.completed_at) return true
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
  return data.length > 0
}

/** Gives back places taken by a completion that failed afterwards. */
export async function releasePlaces(scope: MedusaContainer, ids: string[]) {
  if (ids.length) await (scope.resolve(BOOKINGS_MODULE) as BookingsModuleService).deleteBookedPlaces(ids)
}
