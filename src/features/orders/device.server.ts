import { ORDER_PROOF_SECRET } from "astro:env/server";
import { orderProof, orderProofHolds } from "@ocop/core/order-proof";
import type { AstroCookies } from "astro";
import { readDeviceOrders, writeDeviceOrders } from "./device.ts";

/**
 * Which orders this device placed: a signed httpOnly cookie, so setting it to
 * another order's id shows nothing. The proof of each order (an HMAC with
 * ORDER_PROOF_SECRET) is also what the backend asks for before it answers a
 * guest's order. Without the secret no proof holds: guests then see no
 * confirmation (`npm start` always sets one).
 */
export const ORDERS_COOKIE = "ocop_orders";
const YEAR = 60 * 60 * 24 * 365;

const holds = (id: string, proof: string) => orderProofHolds(ORDER_PROOF_SECRET, id, proof);

/** The proof that this device placed the order, or null. */
export function deviceOrderProof(cookies: AstroCookies, orderId: string): string | null {
  return readDeviceOrders(cookies.get(ORDERS_COOKIE)?.value, holds).find((o) => o.id === orderId)?.proof ?? null;
}

/** Remembers an order just placed on this device. */
export function rememberOrder(cookies: AstroCookies, orderId: string, secure: boolean) {
  if (!ORDER_PROOF_SECRET) return;
  const value = writeDeviceOrders({ id: orderId, proof: orderProof(ORDER_PROOF_SECRET, orderId) }, readDeviceOrders(cookies.get(ORDERS_COOKIE)?.value, holds));
  cookies.set(ORDERS_COOKIE, value, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: YEAR });
}

/** Forgets every order of this device (a customer logging out of a shared device). */
export function forgetDeviceOrders(cookies: AstroCookies) {
  cookies.delete(ORDERS_COOKIE, { path: "/" });
}
