import { EVENT_WAIT_MS } from "./waits.ts"

/** Places an order through the Store API as a buyer would (one variant, standard shipping, the given payment). */
export async function placeOrder(backendUrl: string, publishableKey: string, variantId: string, provider: string): Promise<string> {
  const store = async (path: string, body?: unknown) =>
    (await (
      await fetch(`${backendUrl}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
        body: body === undefined ? null : JSON.stringify(body),
      })
    ).json()) as any
  const { regions } = await store("/store/regions")
  const { cart } = await store("/store/carts", { region_id: regions[0].id })
  await store(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  const address = { first_name: "Khách", phone: "0912345678", address_1: "1 Đường A", city: "Phường B", province: "Hà Nội", country_code: "vn" }
  await store(`/store/carts/${cart.id}`, { email: "k@example.vn", shipping_address: address })
  const { shipping_options } = await store(`/store/shipping-options?cart_id=${cart.id}`)
  await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: provider })
  const placed = await store(`/store/carts/${cart.id}/complete`, {})
  if (placed.type !== "order") throw new Error(`The order was not placed: ${JSON.stringify(placed).slice(0, 300)}`)
  return placed.order.id
}

/** Waits until `check` holds (subscribers run after the response), or throws after `ms`. */
export async function eventually(check: () => Promise<boolean>, ms = EVENT_WAIT_MS): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error("Timed out waiting for a condition.")
}
