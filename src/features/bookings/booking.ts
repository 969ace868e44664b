import { type BookingPayment, bookingSettingsOf, PAYMENT_PROVIDER } from "@ocop/core";

/** A cart line's booking: its visit date and when its service is paid. */
export type LineBooking = { date: string; payment: BookingPayment };

export function lineBooking(date: string | null, productMetadata: unknown): LineBooking | null {
  return date ? { date, payment: bookingSettingsOf(productMetadata).payment } : null;
}

/**
 * The payment ways a cart may use, given its bookings: a service paid by
 * transfer rules out paying on arrival (cash); a cart of bookings all paid on
 * arrival pays on arrival only. Goods alone change nothing.
 */
export function paymentsFor(providers: readonly string[], lines: { booking: LineBooking | null }[], needsShipping: boolean): string[] {
  const bookings = lines.flatMap((l) => (l.booking ? [l.booking] : []));
  if (bookings.some((b) => b.payment === "vietqr")) return providers.filter((p) => p !== PAYMENT_PROVIDER.cod);
  if (!needsShipping && bookings.length > 0) return providers.filter((p) => p === PAYMENT_PROVIDER.cod);
  return [...providers];
}
