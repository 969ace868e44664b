import type { BookingPayment } from "../commerce/bookings.js";

/** GET /store/bookings/availability?product_id= — a service's places per date, from today in Vietnam on. */
export type StoreBookingAvailabilityQuery = { product_id: string };
export type StoreBookingAvailabilityResponse = {
  /** Places per date; null: no limit. */
  capacity: number | null;
  payment: BookingPayment;
  /** Dates with bookings, each with the places taken and left (left null: no limit). */
  days: { date: string; booked: number; left: number | null }[];
};

/** One booking as its producer sees it (GET /producer/bookings). */
export type ProducerBooking = {
  date: string;
  order_id: string;
  order_number: number;
  title: string;
  subtitle: string | null;
  visitors: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  payment_provider: string | null;
  paid: boolean;
  canceled: boolean;
};
/** GET /producer/bookings — the producer's bookings from today on, by date. */
export type ProducerBookingsResponse = { bookings: ProducerBooking[] };
