/**
 * Where an order stands, in the words a buyer is shown: one rule for the
 * order page, the account's list and the e-mails. Read from Medusa's own
 * order, payment and fulfillment records (the backend gathers the facts).
 */
export const ORDER_STAGES = ["placed", "awaiting_transfer", "paid", "ready_for_pickup", "shipped", "delivered", "cancelled"] as const;
export type OrderStage = (typeof ORDER_STAGES)[number];

/** How a producer hands its lines over (metadata.mode of its Medusa fulfillment). */
export type HandOver = "shipped" | "ready_for_pickup";

/** One Medusa fulfillment, as far as the stage depends on it. */
export type FulfillmentFacts = { mode: HandOver; shipped: boolean; delivered: boolean; cancelled: boolean };

export type OrderFacts = {
  cancelled: boolean;
  /** A VietQR transfer (as opposed to cash on delivery or a card). */
  byTransfer: boolean;
  paid: boolean;
  /** Some line is not yet handed to any fulfillment. */
  unfulfilled: boolean;
  fulfillments: FulfillmentFacts[];
};

/**
 * The order's stage: the furthest step every buyer would agree it reached.
 * Delivered only when every line went out and every live fulfillment
 * arrived; shipped as soon as one producer's parcel is on its way (each
 * shipment is shown on its own beside the stage).
 */
export function orderStage(facts: OrderFacts): OrderStage {
  if (facts.cancelled) return "cancelled";
  const live = facts.fulfillments.filter((f) => !f.cancelled);
  if (live.length > 0 && !facts.unfulfilled && live.every((f) => f.delivered)) return "delivered";
  if (live.some((f) => f.mode === "shipped" && f.shipped)) return "shipped";
  if (live.some((f) => f.mode === "ready_for_pickup" && !f.delivered)) return "ready_for_pickup";
  if (live.some((f) => f.delivered)) return "shipped";
  if (facts.paid) return "paid";
  return facts.byTransfer ? "awaiting_transfer" : "placed";
}

/** Reads a fulfillment's hand-over mode from its metadata (the producer portal's ship route writes it); shipped by default. */
export function handOverOf(metadata: Record<string, unknown> | null | undefined): HandOver {
  return metadata?.mode === "ready_for_pickup" ? "ready_for_pickup" : "shipped";
}
