import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { sqlOn } from "./db.ts"
import { producerFetch } from "./producer-client.ts"
import { eventually, placeOrder } from "./store-order.ts"

/**
 * Producer A (Hảo Đạt, tea) tries to read, change and delete producer B's
 * (Việt Cường, noodles) products, lots, events, serials and orders through
 * every producer route. Every attempt is refused and nothing changes.
 */
const { backendUrl, databaseUrl, publishableKey } = inject("platform")
let a: Awaited<ReturnType<typeof producerFetch>>
let b: Awaited<ReturnType<typeof producerFetch>>

const sql = sqlOn(databaseUrl)

/** Everything of B's that an attack could change, as one snapshot. */
const snapshotOfB = async (productId: string, lotId: string) =>
  JSON.stringify(
    await Promise.all([
      sql("select title, description, status, thumbnail from product where id = $1", [productId]),
      sql(
        "select v.id, pr.amount from product_variant v join product_variant_price_set vps on vps.variant_id = v.id join price pr on pr.price_set_id = vps.price_set_id where v.product_id = $1 order by v.id",
        [productId],
      ),
      sql(
        "select il.stocked_quantity from inventory_level il join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id join product_variant v on v.id = pvi.variant_id where v.product_id = $1 order by v.id",
        [productId],
      ),
      sql("select story_vi, product_set from ocop_product o join product_product_ocop_ocop_product l on l.ocop_product_id = o.id where l.product_id = $1", [productId]),
      sql("select count(*)::int n from trace_event where lot_id = $1", [lotId]),
      sql("select count(*)::int n from trace_serial where lot_id = $1", [lotId]),
      sql("select count(*)::int n from trace_lot"),
      sql("select count(*)::int n from producer_review"),
      sql("select count(*)::int n from order_fulfillment"),
      sql("select count(*)::int n from capture"),
    ]),
  )

let bProduct = ""
let bVariant = ""
let bLot = ""
let bOrder = ""

beforeAll(async () => {
  a = await producerFetch(backendUrl, "haodat@ocop-demo.vn")
  b = await producerFetch(backendUrl, "vietcuong@ocop-demo.vn")
  bProduct = (await sql<{ id: string }>("select id from product where handle = 'mien-viet-cuong'"))[0]?.id ?? ""
  bVariant = (await sql<{ id: string }>("select id from product_variant where sku = 'VC-MIEN-500'"))[0]?.id ?? ""
  bLot = (await sql<{ id: string }>("select id from trace_lot where product_id = $1 limit 1", [bProduct]))[0]?.id ?? ""
  // B gets an order (VietQR, so there is a payment to confirm).
  bOrder = await placeOrder(backendUrl, publishableKey, bVariant, "pp_vietqr_vietqr")
  await eventually(async () => (await b("/producer/orders")).body.orders?.some((o: { id: string }) => o.id === bOrder))
})

describe("producer isolation", () => {
  it("B sees its own product, lot and order (the attack targets exist)", async () => {
    expect((await b(`/producer/products/${bProduct}`)).status).toBe(200)
    expect((await b(`/producer/lots/${bLot}`)).status).toBe(200)
    expect((await b("/producer/orders")).body.orders.map((o: { id: string }) => o.id)).toContain(bOrder)
  })

  it("A cannot read B's records", async () => {
    for (const path of [
      `/producer/products/${bProduct}`,
      `/producer/lots/${bLot}`,
      `/producer/lots/${bLot}/labels?serials=all`,
      `/producer/lots/${bLot}/labels?copies=1&format=thermal`,
      `/producer/lots/${bLot}/serials`,
      `/producer/lots/${bLot}/qr?format=svg`,
    ]) {
      expect((await a(path)).status, path).toBe(404)
    }
    const products = (await a("/producer/products")).body.products.map((p: { id: string }) => p.id)
    expect(products).not.toContain(bProduct)
    expect((await a("/producer/lots")).body.lots.map((l: { id: string }) => l.id)).not.toContain(bLot)
    expect((await a("/producer/orders")).body.orders.map((o: { id: string }) => o.id)).not.toContain(bOrder)
    expect(JSON.stringify((await a("/producer/dashboard")).body)).not.toContain(bOrder)
  })

  it("A cannot change or delete B's products, lots, events, serials or orders, and nothing changes", async () => {
    const before = await snapshotOfB(bProduct, bLot)
    const attempts: [string, string, unknown?][] = [
      ["POST", `/producer/products/${bProduct}`, { description: "hacked", story_vi: "hacked", variants: [{ id: bVariant, price_vnd: 1000, stock: 0 }] }],
      ["POST", `/producer/products/${bProduct}`, { title: "Hacked title" }],
      ["POST", `/producer/products/${bProduct}/images`, { filename: "x.webp", content_base64: Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ").toString("base64") }],
      ["DELETE", `/producer/products/${bProduct}`],
      ["POST", "/producer/lots", { product_id: bProduct, code: "EVIL-1", quantity: 1, unit: "KGM" }],
      ["POST", `/producer/lots/${bLot}/events`, { biz_step: "destroying", event_time: "2026-11-01T08:00:00+07:00", read_point: { name: "X" } }],
      ["POST", `/producer/lots/${bLot}/serials`, { count: 5 }],
      ["DELETE", `/producer/lots/${bLot}`],
      ["POST", `/producer/orders/${bOrder}/ship`, { mode: "shipped", carrier: "vnpost", tracking_number: "VN123" }],
      ["POST", `/producer/orders/${bOrder}/confirm-payment`, {}],
      ["DELETE", `/producer/orders/${bOrder}`],
    ]
    for (const [method, path, body] of attempts) {
      const { status } = await a(path, { method, body })
      expect([404, 405], `${method} ${path} answered ${status}`).toContain(status)
    }
    expect(await snapshotOfB(bProduct, bLot)).toBe(before)
  })

  it("a producer login cannot use the Admin API, and a producer cannot set stars", async () => {
    expect((await a("/admin/ocop/certificates")).status).toBe(401)
    expect((await a("/admin/trace/lots")).status).toBe(401)
    const aProduct = (await a("/producer/products")).body.products[0].id
    const stars = await a(`/producer/products/${aProduct}`, { body: { stars: 5 } })
    expect(stars.status).toBe(400)
  })

  it("needs a producer login at all", async () => {
    expect((await fetch(`${backendUrl}/producer/products`)).status).toBe(401)
    const admin = await adminFetch(backendUrl)
    expect((await admin("/producer/products")).status).toBe(401)
  })
})
