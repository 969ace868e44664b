import { PAYMENT_PROVIDER } from "./payments.js";

/** How the buyer pays, as producers say it: cash on delivery, a VietQR bank transfer, or a card (Stripe). */
export type PaymentMode = "cod" | "vietqr" | "card";
/**
 * Where an order's money stands for the producer who fulfils it:
 * cash still to collect on delivery, cash collected, a transfer not seen yet,
 * paid (transfer seen or card captured), a card payment authorised (held, not
 * yet taken: nothing for the producer to collect), or a cancelled order.
 */
export type PaymentState = "to_collect" | "collected" | "awaiting_transfer" | "paid" | "card_authorized" | "canceled" | "unknown";

const MODES: Record<string, PaymentMode> = { [PAYMENT_PROVIDER.cod]: "cod", [PAYMENT_PROVIDER.vietqr]: "vietqr", [PAYMENT_PROVIDER.stripe]: "card" };

/** The mode of a Medusa payment provider id, or null for an order without a payment. */
export function paymentModeOf(providerId: string | null | undefined): PaymentMode | null {
  return providerId ? (MODES[providerId] ?? null) : null;
}

/** The state of an order's payment from its mode, whether it was captured, and whether the order was cancelled. */
export function paymentStateOf(mode: PaymentMode | null, captured: boolean, canceled = false): PaymentState {
  if (canceled) return "canceled";
  if (mode === "cod") return captured ? "collected" : "to_collect";
  if (mode === "vietqr") return captured ? "paid" : "awaiting_transfer";
  if (mode === "card") return captured ? "paid" : "card_authorized";
  return "unknown";
}

/** Medusa's totals of an order, in whole đồng (VND has no minor unit). */
export type OrderTotals = { total: number; item_total: number; shipping_total: number };

/**
 * What the buyer pays for one producer's part of an order: the whole order
 * when every line is the producer's; otherwise its lines' totals plus the
 * shipping fee in proportion to those lines' part of the items (each producer
 * sends its own parcel), rounded to the đồng.
 */
export function producerShare(lineTotals: readonly number[], order: OrderTotals, onlyProducer: boolean): number {
  if (onlyProducer) return order.total;
  const lines = lineTotals.reduce((sum, n) => sum + n, 0);
  const shipping = order.item_total > 0 ? Math.round((order.shipping_total * lines) / order.item_total) : 0;
  return lines + shipping;
}

/** What the producer (its carrier) collects from the buyer on delivery: its share while cash is still to collect, else nothing. */
export function amountToCollect(state: PaymentState, share: number): number {
  return state === "to_collect" ? share : 0;
}
