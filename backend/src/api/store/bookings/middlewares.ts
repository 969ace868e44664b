import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireActiveProducer } from "../../producer/guard"
import { validateAndTransformQuery } from "../../validate"
import { admitBookingLine } from "./line-gate"
import { StoreBookingAvailabilityQuery } from "./validators"

/** The routes of bookings (store and producer portal), spread into ../../middlewares.ts. */
export const bookingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [admitBookingLine] },
  { matcher: "/store/bookings/availability", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreBookingAvailabilityQuery, {})] },
  { matcher: "/producer/bookings*", middlewares: [authenticate("producer", ["bearer"]), requireActiveProducer] },
]
