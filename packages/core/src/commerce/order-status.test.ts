import { describe, expect, it } from "vitest";
import { type FulfillmentFacts, handOverOf, type OrderFacts, orderStage } from "./order-status.js";

const placed: OrderFacts = { cancelled: false, byTransfer: false, paid: false, unfulfilled: true, fulfillments: [] };
const parcel = (over: Partial<FulfillmentFacts> = {}): FulfillmentFacts => ({ mode: "shipped", shipped: true, delivered: false, cancelled: false, ...over });

describe("orderStage", () => {
  it("tells a cash order from a transfer still awaited, and a paid one", () => {
    expect(orderStage(placed)).toBe("placed");
    expect(orderStage({ ...placed, byTransfer: true })).toBe("awaiting_transfer");
    expect(orderStage({ ...placed, byTransfer: true, paid: true })).toBe("paid");
  });

  it("is shipped once one producer's parcel is on its way, even when another has not sent yet", () => {
    expect(orderStage({ ...placed, fulfillments: [parcel()] })).toBe("shipped");
    expect(orderStage({ ...placed, paid: true, fulfillments: [parcel({ shipped: false })] })).toBe("paid");
  });

  it("is ready for pick-up when a producer holds it at the showroom", () => {
    expect(orderStage({ ...placed, fulfillments: [parcel({ mode: "ready_for_pickup", shipped: false })] })).toBe("ready_for_pickup");
  });

  it("is delivered only when every line went out and every live fulfillment arrived", () => {
    expect(orderStage({ ...placed, unfulfilled: false, fulfillments: [parcel({ delivered: true })] })).toBe("delivered");
    expect(orderStage({ ...placed, unfulfilled: true, fulfillments: [parcel({ delivered: true })] })).toBe("shipped");
    expect(orderStage({ ...placed, unfulfilled: false, fulfillments: [parcel({ delivered: true }), parcel()] })).toBe("shipped");
    expect(orderStage({ ...placed, unfulfilled: false, fulfillments: [parcel({ delivered: true }), parcel({ cancelled: true })] })).toBe("delivered");
  });

  it("is cancelled above everything else", () => {
    expect(orderStage({ ...placed, cancelled: true, paid: true, fulfillments: [parcel()] })).toBe("cancelled");
  });
});

describe("handOverOf", () => {
  it("reads the portal's mode and takes anything else as shipped", () => {
    expect(handOverOf({ mode: "ready_for_pickup" })).toBe("ready_for_pickup");
    expect(handOverOf({ mode: "shipped" })).toBe("shipped");
    expect(handOverOf(null)).toBe("shipped");
  });
});
