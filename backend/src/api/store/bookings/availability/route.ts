import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placesLeft, type StoreBookingAvailabilityResponse, vietnamDay } from "@ocop/core"
import { bookedDays } from "../../../../modules/bookings/places"
import { serviceSettings } from "../../../../workflows/bookings/book-places"
import type { StoreBookingAvailabilityQuery } from "../validators"

/**
 * GET /store/bookings/availability?product_id= — places taken and left per
 * date from today on, for the product page to show booked-out dates. A
 * product that is not a bookable service has no limit and no dates.
 */
export async function GET(req: MedusaRequest<unknown, StoreBookingAvailabilityQuery>, res: MedusaResponse<StoreBookingAvailabilityResponse>) {
  const { product_id } = req.validatedQuery as StoreBookingAvailabilityQuery
  const settings = (await serviceSettings(req.scope, [product_id])).get(product_id)
  if (!settings) {
    res.json({ capacity: null, payment: "vietqr", days: [] })
    return
  }
  const days = await bookedDays(req.scope, product_id, vietnamDay(new Date()))
  res.json({ capacity: settings.capacity, payment: settings.payment, days: days.map((d) => ({ ...d, left: placesLeft(settings.capacity, d.booked) })) })
}
