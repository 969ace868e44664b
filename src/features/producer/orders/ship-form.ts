import { isCarrierId, OTHER_CARRIER, type ProducerShipBody, TRACKING_NUMBER } from "@ocop/core";

/** Why the ship form was refused before anything was sent (a message key of messages-orders.ts). */
export type ShipProblem = "orders.problem.mode" | "orders.problem.carrier" | "orders.problem.carrierName" | "orders.problem.tracking";

/**
 * The fulfil form of an order: shipped with a carrier and its tracking
 * number, or ready for pick-up. The tracking number is read without the
 * spaces a producer copies from a receipt ("EB 123 456 VN").
 */
export function shipBody(form: FormData): ProducerShipBody | { problem: ShipProblem } {
  const value = (name: string) => String(form.get(name) ?? "").trim();
  const mode = value("mode");
  if (mode === "ready_for_pickup") return { mode };
  if (mode !== "shipped") return { problem: "orders.problem.mode" };
  const carrier = value("carrier");
  if (!isCarrierId(carrier)) return { problem: "orders.problem.carrier" };
  const carrierName = value("carrier_name");
  if (carrier === OTHER_CARRIER && !carrierName) return { problem: "orders.problem.carrierName" };
  const tracking = value("tracking_number").replace(/\s/g, "");
  if (!TRACKING_NUMBER.test(tracking)) return { problem: "orders.problem.tracking" };
  return { mode, carrier, ...(carrier === OTHER_CARRIER ? { carrier_name: carrierName } : {}), tracking_number: tracking };
}
