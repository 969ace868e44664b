import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { type BookingCart, bookPlaces, releasePlaces } from "../bookings/book-places"

/**
 * Bookings of tourism services take their places while Medusa completes the
 * cart (its "validate" hook, before the order is made, under the cart's
 * lock); a later step that fails gives them back.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const ids = await bookPlaces(container, cart as unknown as BookingCart)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids) await releasePlaces(container, ids)
  },
)
