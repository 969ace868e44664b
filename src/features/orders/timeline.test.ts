import { describe, expect, it } from "vitest";
import { orderTimeline } from "./timeline.ts";

const shown = (steps: ReturnType<typeof orderTimeline>) => steps.map((s) => `${s.stage}:${s.state}`);

describe("orderTimeline", () => {
  it("for cash on delivery: placed, shipped, delivered", () => {
    expect(shown(orderTimeline({ stage: "placed", by_transfer: false, shipments: [] }))).toEqual(["placed:current", "shipped:todo", "delivered:todo"]);
    expect(shown(orderTimeline({ stage: "shipped", by_transfer: false, shipments: [{ mode: "shipped" }] }))).toEqual(["placed:done", "shipped:current", "delivered:todo"]);
  });

  it("for a transfer: awaiting it until paid", () => {
    expect(shown(orderTimeline({ stage: "awaiting_transfer", by_transfer: true, shipments: [] }))).toEqual([
      "placed:current",
      "awaiting_transfer:todo",
      "shipped:todo",
      "delivered:todo",
    ]);
    expect(shown(orderTimeline({ stage: "paid", by_transfer: true, shipments: [] }))).toEqual(["placed:done", "paid:current", "shipped:todo", "delivered:todo"]);
  });

  it("ready for pick-up in place of shipped, and delivered at the end", () => {
    expect(shown(orderTimeline({ stage: "ready_for_pickup", by_transfer: false, shipments: [{ mode: "ready_for_pickup" }] }))).toEqual([
      "placed:done",
      "ready_for_pickup:current",
      "delivered:todo",
    ]);
    expect(shown(orderTimeline({ stage: "delivered", by_transfer: false, shipments: [{ mode: "ready_for_pickup" }] }))).toEqual([
      "placed:done",
      "ready_for_pickup:done",
      "delivered:current",
    ]);
  });

  it("a cancelled order stops after placed", () => {
    expect(shown(orderTimeline({ stage: "cancelled", by_transfer: true, shipments: [] }))).toEqual(["placed:done", "cancelled:current"]);
  });
});
