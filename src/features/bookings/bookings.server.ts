import type { ProducerBookingsResponse, StoreBookingAvailabilityResponse } from "@ocop/core";
import { bearerFetch } from "../../lib/medusa/bearer.server.ts";
import { backendFetch } from "../../lib/medusa/sdk.server.ts";

/** A service's places per date from today on (backend: GET /store/bookings/availability). */
export function retrieveAvailability(productId: string): Promise<StoreBookingAvailabilityResponse> {
  return backendFetch<StoreBookingAvailabilityResponse>("/store/bookings/availability", { query: { product_id: productId } });
}

/** The logged-in producer's bookings from today on, by date (backend: GET /producer/bookings). */
export const listProducerBookings = (token: string) => bearerFetch<ProducerBookingsResponse>(token, "/producer/bookings");
