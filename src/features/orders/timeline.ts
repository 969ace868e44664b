import type { OrderStage } from "@ocop/core";

/** One step of an order's timeline: reached (done), the latest reached (current), or still ahead. */
export type TimelineStep = { stage: OrderStage; state: "done" | "current" | "todo" };

type Facts = { stage: OrderStage; by_transfer: boolean; shipments: readonly { mode: "shipped" | "ready_for_pickup" }[] };

/**
 * The steps a buyer sees, short enough for a phone: placed, paid (transfers
 * only: the step reads "awaiting transfer" until the money arrives), shipped
 * or ready for pick-up, delivered. A cancelled order shows where it stopped.
 */
export function orderTimeline({ stage, by_transfer, shipments }: Facts): TimelineStep[] {
  if (stage === "cancelled")
    return [
      { stage: "placed", state: "done" },
      { stage: "cancelled", state: "current" },
    ];
  const pickupOnly = shipments.length > 0 && shipments.every((s) => s.mode === "ready_for_pickup");
  const handOver: OrderStage = stage === "ready_for_pickup" || (stage !== "shipped" && pickupOnly) ? "ready_for_pickup" : "shipped";
  const payment: OrderStage[] = by_transfer ? [stage === "awaiting_transfer" ? "awaiting_transfer" : "paid"] : [];
  const steps: OrderStage[] = ["placed", ...payment, handOver, "delivered"];
  const reached = stage === "awaiting_transfer" ? 0 : Math.max(0, steps.indexOf(stage === "ready_for_pickup" ? handOver : stage));
  return steps.map((s, i) => ({ stage: s, state: i < reached ? "done" : i === reached ? "current" : "todo" }));
}
