import { describe, expect, it } from "vitest";
import { orderProof, orderProofHolds } from "./order-proof.ts";

const SECRET = "a-secret-of-at-least-sixteen";

describe("order proofs", () => {
  it("hold for the order they were made for, with the same secret", () => {
    const proof = orderProof(SECRET, "order_01ABC");
    expect(proof).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(orderProofHolds(SECRET, "order_01ABC", proof)).toBe(true);
  });

  it("fail for another order, another secret, a changed or missing proof, or no secret", () => {
    const proof = orderProof(SECRET, "order_01ABC");
    expect(orderProofHolds(SECRET, "order_01ABD", proof)).toBe(false);
    expect(orderProofHolds(`${SECRET}x`, "order_01ABC", proof)).toBe(false);
    expect(orderProofHolds(SECRET, "order_01ABC", `${proof.slice(0, -1)}${proof.endsWith("A") ? "B" : "A"}`)).toBe(false);
    expect(orderProofHolds(SECRET, "order_01ABC", `${proof}=`)).toBe(false);
    expect(orderProofHolds(SECRET, "order_01ABC", "")).toBe(false);
    expect(orderProofHolds(SECRET, "order_01ABC", null)).toBe(false);
    expect(orderProofHolds(undefined, "order_01ABC", proof)).toBe(false);
    expect(orderProofHolds("", "order_01ABC", orderProof("", "order_01ABC"))).toBe(false);
  });
});
