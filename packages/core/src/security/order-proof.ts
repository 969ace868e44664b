import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Proof that a request may read a guest's order: an HMAC of the order id with
 * ORDER_PROOF_SECRET, which only the storefront and the backend hold. The
 * storefront keeps it in the device's order cookie (the device that placed the
 * order) and sends it in this header; without it the backend answers 404, so
 * order ids cannot be probed. Node-only: imported as "@ocop/core/order-proof".
 */
export const ORDER_PROOF_HEADER = "x-order-proof";

/** The proof for one order (base64url, 43 characters). */
export function orderProof(secret: string, orderId: string): string {
  // A label in the message keeps this MAC apart from any other use of the secret.
  return createHmac("sha256", secret).update(`ocop-order:${orderId}`).digest("base64url");
}

/** Whether `proof` is the proof for `orderId`; false when no secret is configured. Compared in constant time. */
export function orderProofHolds(secret: string | undefined, orderId: string, proof: string | null | undefined): boolean {
  if (!secret || !proof) return false;
  const expected = Buffer.from(orderProof(secret, orderId));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
