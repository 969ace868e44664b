import { orderProof, orderProofHolds } from "@ocop/core/order-proof";
import { describe, expect, it } from "vitest";
import { readDeviceOrders, writeDeviceOrders } from "./device.ts";

const SECRET = "device-test-secret-0123";
const holds = (id: string, proof: string) => orderProofHolds(SECRET, id, proof);
const signed = (id: string) => ({ id, proof: orderProof(SECRET, id) });

describe("the device's order cookie", () => {
  it("keeps signed orders, newest first, ten at most, each once", () => {
    let value = "";
    for (let n = 1; n <= 12; n++) value = writeDeviceOrders(signed(`order_${n}`), readDeviceOrders(value, holds));
    value = writeDeviceOrders(signed("order_5"), readDeviceOrders(value, holds));
    expect(readDeviceOrders(value, holds).map((o) => o.id)).toEqual([
      "order_5",
      "order_12",
      "order_11",
      "order_10",
      "order_9",
      "order_8",
      "order_7",
      "order_6",
      "order_4",
      "order_3",
    ]);
  });

  it("drops an unsigned id, a forged or borrowed proof, and garbage", () => {
    const mine = signed("order_A");
    const forged = ["order_B", `order_B.${mine.proof}`, `order_B.${orderProof("another-secret-entirely", "order_B")}`, ".x", "order_B.", "", ",,,"];
    for (const entry of forged) expect(readDeviceOrders(`${entry},${mine.id}.${mine.proof}`, holds), entry).toEqual([mine]);
    expect(readDeviceOrders(undefined, holds)).toEqual([]);
  });
});
