import { ORDER_PROOF_HEADER, orderProof } from "@ocop/core/order-proof"
import { decode, parse } from "promptparse"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { sqlOn } from "./db.ts"
import { EVENT_WAIT_MS } from "./waits.ts"

/** Buying through the Store API, as the storefront does: cart → address → shipping → payment → order. */
const { backendUrl, databaseUrl } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>

const sql = sqlOn(databaseUrl)

let publishableKey = ""
async function store<T = any>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** How an order is paid, asked as the storefront asks for the device that placed it (with the order's proof). */
async function orderPayment(orderId: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${backendUrl}/store/ocop/orders/${orderId}/payment`, {
    headers: { "x-publishable-api-key": publishableKey, [ORDER_PROOF_HEADER]: orderProof(inject("platform").orderSecret, orderId) },
  })
  return { status: response.status, body: await response.json() }
}

const variantId = async (sku: string) => (await sql<{ id: string }>("select id from product_variant where sku = $1", [sku]))[0]?.id ?? ""
const address = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "12 Hoàng Văn Thụ",
  city: "Phường Phan Đình Phùng",
  province: "Thái Nguyên",
  country_code: "vn",
}

/** A cart with `quantity` of a variant, an address and (when it ships) the standard shipping option. */
async function readyCart(sku: string, quantity: number, provider: string, metadata?: Record<string, unknown>) {
  const { body: regions } = await store("/store/regions")
  const { body: created } = await store("/store/carts", { region_id: regions.regions[0].id })
  const cartId: string = created.cart.id
  const added = await store(`/store/carts/${cartId}/line-items`, { variant_id: await variantId(sku), quantity, ...(metadata ? { metadata } : {}) })
  if (added.status !== 200) return { cartId, added }
  await store(`/store/carts/${cartId}`, { email: "lan@example.vn", shipping_address: address, billing_address: address })
  const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
  const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Chuyển phát tiêu chuẩn"))
  if (added.body.cart.items.some((i: { requires_shipping: boolean }) => i.requires_shipping)) {
    await store(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id })
  }
  const { body: withCollection } = await store(`/store/carts/${cartId}`)
  let collectionId = withCollection.cart.payment_collection?.id
  if (!collectionId) collectionId = (await store("/store/payment-collections", { cart_id: cartId })).body.payment_collection.id
  const session = await store(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: provider })
  return { cartId, added, options: options.shipping_options, session }
}

beforeAll(async () => {
  publishableKey = inject("platform").publishableKey
  admin = await adminFetch(backendUrl)
})

describe("checkout", () => {
  it("offers standard post, express and showroom pick-up, and cash on delivery and VietQR", async () => {
    const { options } = await readyCart("VC-MIEN-500", 1, "pp_cod_cod")
    expect(options.map((o: { name: string; amount: number }) => [o.name, o.amount])).toEqual(
      expect.arrayContaining([
        ["Chuyển phát tiêu chuẩn (3–5 ngày)", 30000],
        ["Chuyển phát nhanh (1–2 ngày)", 55000],
        ["Nhận tại Trung tâm OCOP tỉnh Thái Nguyên", 0],
      ]),
    )
    const { body } = await store(`/store/payment-providers?region_id=${(await store("/store/regions")).body.regions[0].id}`)
    expect(body.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(["pp_cod_cod", "pp_vietqr_vietqr"])
  })

  it("places a cash-on-delivery order, attributes its line to the producer and sends a confirmation", async () => {
    const { cartId } = await readyCart("VC-MIEN-500", 2, "pp_cod_cod")
    const { body } = await store(`/store/carts/${cartId}/complete`, {})
    expect(body.type).toBe("order")
    const order = body.order
    expect(order.total).toBe(2 * 75000 + 30000)
    await expect
      .poll(async () => await sql("select producer_handle, quantity from producer_order_line where order_id = $1", [order.id]), { timeout: EVENT_WAIT_MS })
      .toEqual([{ producer_handle: "htx-mien-viet-cuong", quantity: 2 }])
    await expect
      .poll(
        async () => await sql<{ to: string; template: string }>(`select "to", template from notification where template = 'order-placed' and data->>'order_id' = $1`, [order.id]),
        { timeout: EVENT_WAIT_MS },
      )
      .toEqual([{ to: "lan@example.vn", template: "order-placed" }])
    const payment = await orderPayment(order.id)
    expect(payment.body.payment).toMatchObject({ provider_id: "pp_cod_cod", paid: false, instructions: null })
  })

  it("gives a VietQR order a transfer code for its total, with its bank, account and reference", async () => {
    const { cartId, session } = await readyCart("VC-MIEN-500", 1, "pp_vietqr_vietqr")
    if (!session) throw new Error("The VietQR cart could not be made ready (adding the line failed).")
    const data = session.body.payment_collection.payment_sessions[0].data
    const { body } = await store(`/store/carts/${cartId}/complete`, {})
    const total = body.order.total
    expect(total).toBe(75000 + 30000)
    const { body: paid } = await orderPayment(body.order.id)
    const instructions = paid.payment.instructions
    expect(instructions).toMatchObject({ bank_bin: "970436", account_number: "1234567890", amount: total, reference: data.reference })
    // An independent EMVCo decoder, checking the CRC.
    const qr = parse(instructions.payload, true)
    expect(qr).not.toBeNull()
    const beneficiary = decode(qr?.getTagValue("38", "01") ?? "")
    expect(beneficiary.find((t) => t.id === "00")?.value).toBe("970436")
    expect(beneficiary.find((t) => t.id === "01")?.value).toBe("1234567890")
    expect(qr?.getTagValue("54")).toBe(String(total))
    expect(qr?.getTagValue("62", "08")).toBe(instructions.reference)
    expect(instructions.reference).toMatch(/^OCOP[0-9A-Z]{8}$/)

    // The order waits for the transfer; staff confirm it by capturing the payment.
    const [payment] = await sql<{ id: string }>(
      `select p.id from payment p join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1`,
      [body.order.id],
    )
    const captured = await admin(`/admin/payments/${payment?.id}/capture`, { body: {} })
    expect(captured.status).toBe(200)
    const { body: after } = await orderPayment(body.order.id)
    expect(after.payment).toMatchObject({ paid: true, status: "captured" })
  })

  it("books a tourism service for a date without shipping", async () => {
    const { cartId, added } = await readyCart("TC-TRAINGHIEM-1", 3, "pp_cod_cod", { visit_date: "2027-03-15" })
    expect(added.body.cart.items[0].requires_shipping).toBe(false)
    const { body } = await store(`/store/carts/${cartId}/complete`, {})
    expect(body.type).toBe("order")
    expect(body.order.items[0].metadata).toEqual({ visit_date: "2027-03-15" })
    expect(body.order.shipping_methods).toEqual([])
  })

  it("makes one order of a double-clicked or retried 'place order'", async () => {
    const { cartId } = await readyCart("VC-MIEN-500", 1, "pp_cod_cod")
    const results = await Promise.all(Array.from({ length: 5 }, () => store(`/store/carts/${cartId}/complete`, {})))
    const ids = new Set(results.filter((r) => r.body.type === "order").map((r) => r.body.order.id))
    expect(ids.size).toBe(1)
    expect((await sql("select count(*)::int n from order_cart where cart_id = $1", [cartId]))[0]).toEqual({ n: 1 })
  })

  it("never oversells: many parallel checkouts of the last 3 units make exactly 3 orders", async () => {
    const sku = "DH-COMLAM-5"
    const [level] = await sql<{ inventory_item_id: string; location_id: string }>(
      `select l.inventory_item_id, l.location_id from inventory_level l join inventory_item i on i.id = l.inventory_item_id where i.sku = $1`,
      [sku],
    )
    const set = await admin(`/admin/inventory-items/${level?.inventory_item_id}/location-levels/${level?.location_id}`, { body: { stocked_quantity: 3 } })
    expect(set.status).toBe(200)
    const carts = await Promise.all(Array.from({ length: 8 }, () => readyCart(sku, 1, "pp_cod_cod")))
    const results = await Promise.all(carts.map((c) => store(`/store/carts/${c.cartId}/complete`, {})))
    const orders = results.filter((r) => r.status === 200 && r.body.type === "order")
    expect(orders).toHaveLength(3)
    const [after] = await sql<{ reserved: number; stocked: number }>(
      "select reserved_quantity::int reserved, stocked_quantity::int stocked from inventory_level where inventory_item_id = $1",
      [level?.inventory_item_id],
    )
    expect(after).toEqual({ reserved: 3, stocked: 3 })
    // Sold out now: it cannot even be added to a cart.
    const late = await readyCart(sku, 1, "pp_cod_cod")
    expect(late.added.status).not.toBe(200)
  })

  it("refuses a sold-out variant", async () => {
    const { added } = await readyCart("BB-HONG-5KG", 1, "pp_cod_cod")
    expect(added.status).toBe(400)
  })

  it("rejects a Stripe webhook while Stripe is off (its signature check is unit-tested)", async () => {
    const response = await fetch(`${backendUrl}/hooks/payment/stripe_stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=bad" },
      body: JSON.stringify({ id: "evt_1", type: "payment_intent.succeeded" }),
    })
    expect(response.status).toBe(404)
  })
})
