import { isCalendarDay } from "../time.js";

/**
 * A tourism service is booked for a day: its cart line carries
 * `metadata.visit_date`, a YYYY-MM-DD day in Vietnam, set by the storefront's
 * cart form and copied by Medusa into the order.
 */
export const VISIT_DATE_KEY = "visit_date";

/**
 * The visit date of a line's metadata when it names a real calendar day, else
 * null: pages show what they can read and ignore the rest (a line written
 * before the backend checked, or by hand).
 */
export function visitDateOf(metadata: unknown): string | null {
  if (typeof metadata !== "object" || metadata === null) return null;
  const value = (metadata as Record<string, unknown>)[VISIT_DATE_KEY];
  return typeof value === "string" && isCalendarDay(value) ? value : null;
}

/**
 * What is wrong with a visit date a buyer sends (`today` is Vietnam's day,
 * YYYY-MM-DD): "invalid" when it is not a real calendar day as text, "past"
 * when it is before today; null when it may be booked.
 */
export function visitDateProblem(value: unknown, today: string): "invalid" | "past" | null {
  if (typeof value !== "string" || !isCalendarDay(value)) return "invalid";
  return value < today ? "past" : null;
}

/**
 * How a tourism service is booked, set on its Medusa product's metadata (the
 * seed sets the demo services'): `booking_capacity`, the places it sells per
 * date (rooms of a homestay, seats of a tour), counted in its cart lines'
 * quantity; `booking_payment`, when the visitor pays: "vietqr" now, by bank
 * transfer, or "arrival" on the day.
 */
export const BOOKING_CAPACITY_KEY = "booking_capacity";
export const BOOKING_PAYMENT_KEY = "booking_payment";
export type BookingPayment = "vietqr" | "arrival";
export type BookingSettings = { capacity: number | null; payment: BookingPayment };

/** A service's booking settings from its product metadata; no capacity: unlimited; payment "vietqr" unless "arrival" is set. */
export function bookingSettingsOf(metadata: unknown): BookingSettings {
  const record = typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>) : {};
  const capacity = Number(record[BOOKING_CAPACITY_KEY]);
  return {
    capacity: Number.isInteger(capacity) && capacity > 0 ? capacity : null,
    payment: record[BOOKING_PAYMENT_KEY] === "arrival" ? "arrival" : "vietqr",
  };
}

/** Places left on a date: null when the service has no limit. */
export function placesLeft(capacity: number | null, booked: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - booked);
}

/**
 * A visitor's phone as typed: Vietnamese (0… or +84…, ten digits) or any
 * international number (+, country code, 8 to 15 digits in all, E.164).
 * Written here rather than with libphonenumber: a booking needs a number the
 * host can call, not the numbering plan of every country.
 */
export function bookingPhoneOf(typed: string): string | null {
  const compact = typed.replace(/[\s.\-()]/g, "");
  if (/^(?:0|\+84)(?:[35789]\d{8}|2\d{9})$/.test(compact)) return compact.startsWith("+84") ? `0${compact.slice(3)}` : compact;
  if (/^\+[1-9]\d{7,14}$/.test(compact) && !compact.startsWith("+84")) return compact;
  return null;
}
