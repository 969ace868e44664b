import { expect } from "vitest";
import { TEST_ADDRESS as address } from "./demo.ts";
import type { PlatformUnderTest } from "./test-platform.ts";

/** An answer of the backend: its status and its JSON body (null when it has none). */
export type Answer = { status: number; body: any };

/** The store and admin APIs of the platform under test, as a buyer's client or staff use them. */
export function storeApi(platform: Pick<PlatformUnderTest, "backendUrl" | "publishableKey">) {
  const { backendUrl, publishableKey } = platform;

  async function store(path: string, body?: unknown, method?: "POST" | "DELETE"): Promise<Answer> {
    const response = await fetch(`${backendUrl}${path}`, {
      method: method ?? (body === undefined ? "GET" : "POST"),
      headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
      signal: AbortSignal.timeout(110_000),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  /** A bearer token for a demo account (README, "Demo accounts"): actor "user" for staff, "producer" for a producer. */
  async function logIn(actor: "user" | "producer", email: string, password = "ocop-demo-2026"): Promise<string> {
    const response = await fetch(`${backendUrl}/auth/${actor}/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!token) throw new Error(`Could not log in ${email} (${response.status}).`);
    return token;
  }

  /** A cart with `quantity` of a variant, an address, shipping and cash on delivery: ready to complete. */
  async function readyCart(variantId: string, email: string, quantity = 1): Promise<string> {
    const regionId: string = (await store("/store/regions")).body.regions[0].id;
    const cartId: string = (await store("/store/carts", { region_id: regionId, email })).body.cart.id;
    expect((await store(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity })).status).toBe(200);
    await store(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address });
    const options = (await store(`/store/shipping-options?cart_id=${cartId}`)).body.shipping_options as { id: string }[];
    await store(`/store/carts/${cartId}/shipping-methods`, { option_id: options[0]?.id });
    const collection = (await store("/store/payment-collections", { cart_id: cartId })).body.payment_collection.id;
    expect((await store(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_cod_cod" })).status).toBe(200);
    return cartId;
  }

  return { store, logIn, readyCart };
}
