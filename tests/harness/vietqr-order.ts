import { ORDER_PROOF_HEADER, orderProof } from "@ocop/core/order-proof";
import { TEST_ADDRESS as address } from "./demo.ts";
import type { PlatformUnderTest } from "./test-platform.ts";

/** A placed VietQR order as its buyer's device holds it: what to transfer, and the cookie that shows its confirmation. */
export type VietQrOrder = { id: string; displayId: number; reference: string; amount: number; payload: string; cookie: { name: string; value: string } };

type Platform = Pick<PlatformUnderTest, "backendUrl" | "publishableKey" | "orderSecret">;

async function call(platform: Platform, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${platform.backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": platform.publishableKey, "content-type": "application/json", ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Places a one-line order paid by VietQR through the Store API, as the checkout does, and reads its transfer details. */
export async function placeVietQrOrder(platform: Platform, email = "vietqr-buyer@example.vn", handle = "mien-viet-cuong"): Promise<VietQrOrder> {
  const region = (await call(platform, "/store/regions")).regions[0].id;
  const cart = (await call(platform, "/store/carts", { region_id: region, email })).cart.id;
  const { products } = await call(platform, `/store/products?handle=${handle}&fields=*variants&region_id=${region}`);
  await call(platform, `/store/carts/${cart}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 });
  await call(platform, `/store/carts/${cart}`, { shipping_address: address, billing_address: address });
  const [option] = (await call(platform, `/store/shipping-options?cart_id=${cart}`)).shipping_options;
  await call(platform, `/store/carts/${cart}/shipping-methods`, { option_id: option.id });
  const collection = (await call(platform, "/store/payment-collections", { cart_id: cart })).payment_collection.id;
  await call(platform, `/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" });
  const { order } = await call(platform, `/store/carts/${cart}/complete`, {});
  const proof = orderProof(platform.orderSecret, order.id);
  const { payment } = await call(platform, `/store/ocop/orders/${order.id}/payment`, undefined, { [ORDER_PROOF_HEADER]: proof });
  const { reference, amount, payload } = payment.instructions;
  return { id: order.id, displayId: order.display_id, reference, amount, payload, cookie: { name: "ocop_orders", value: `${order.id}.${proof}` } };
}
