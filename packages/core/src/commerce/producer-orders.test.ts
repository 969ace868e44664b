import { describe, expect, it } from "vitest";
import { trackingUrlOf } from "./carriers.js";
import { amountToCollect, paymentModeOf, paymentStateOf, producerShare } from "./producer-orders.js";

const order = { total: 330_000, item_total: 300_000, shipping_total: 30_000 };

describe("a producer's part of an order", () => {
  it("is the whole order, shipping included, when every line is the producer's", () => {
    expect(producerShare([300_000], order, true)).toBe(330_000);
  });

  it("takes shipping in proportion to the producer's lines when others share the order", () => {
    expect(producerShare([100_000], order, false)).toBe(110_000);
    expect(producerShare([200_000], order, false)).toBe(220_000);
    expect(producerShare([100_000], { total: 100_000, item_total: 0, shipping_total: 0 }, false)).toBe(100_000);
  });

  it("is collected on delivery only while cash on delivery is unpaid", () => {
    expect(amountToCollect(paymentStateOf("cod", false), 330_000)).toBe(330_000);
    expect(amountToCollect(paymentStateOf("cod", true), 330_000)).toBe(0);
    expect(amountToCollect(paymentStateOf("vietqr", false), 330_000)).toBe(0);
    expect(amountToCollect(paymentStateOf("card", false), 330_000)).toBe(0);
    expect(amountToCollect(paymentStateOf("cod", false, true), 330_000)).toBe(0);
  });
});

describe("payment modes and states", () => {
  it("names Medusa's providers and their states", () => {
    expect(paymentModeOf("pp_vietqr_vietqr")).toBe("vietqr");
    expect(paymentModeOf("pp_stripe_stripe")).toBe("card");
    expect(paymentModeOf(null)).toBeNull();
    expect(paymentStateOf("vietqr", false)).toBe("awaiting_transfer");
    expect(paymentStateOf("vietqr", true)).toBe("paid");
    expect(paymentStateOf(null, false)).toBe("unknown");
  });
});

describe("tracking pages", () => {
  it("are made only for carriers whose page is known", () => {
    expect(trackingUrlOf("ghn", "GHN 12/3")).toBe("https://donhang.ghn.vn/?order_code=GHN%2012%2F3");
    expect(trackingUrlOf("vnpost", "EB123")).toBe("");
    expect(trackingUrlOf("other", "X1")).toBe("");
  });
});
