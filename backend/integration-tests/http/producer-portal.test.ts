import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { sqlOn } from "./db.ts"
import { producerFetch } from "./producer-client.ts"
import { eventually, placeOrder } from "./store-order.ts"
import { EVENT_WAIT_MS } from "./waits.ts"

/** The producer portal's API, as a producer and the trade department use it. */
const { backendUrl, databaseUrl, storefrontUrl, publishableKey } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>
let haoDat: Awaited<ReturnType<typeof producerFetch>>
const RUN = Date.now().toString(36)

const sql = sqlOn(databaseUrl)
const storeProduct = async (handle: string) =>
  (await (await fetch(`${backendUrl}/store/products?handle=${handle}&fields=title,description`, { headers: { "x-publishable-api-key": publishableKey } })).json()).products[0]
const lastNotification = async (to: string, template: string) =>
  (await sql<{ data: Record<string, string> }>(`select data from notification where "to" = $1 and template = $2 order by created_at desc limit 1`, [to, template]))[0]?.data
const authPost = (path: string, body: unknown, token?: string) =>
  fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
  haoDat = await producerFetch(backendUrl, "haodat@ocop-demo.vn")
})

describe("producer portal API", () => {
  it("shows the producer its account, products and dashboard", async () => {
    const me = await haoDat("/producer/me")
    expect(me.body.producer.handle).toBe("htx-che-hao-dat")
    const { products } = (await haoDat("/producer/products")).body
    expect(products.map((p: { handle: string }) => p.handle)).toContain("che-tom-non-hao-dat")
    const dashboard = (await haoDat("/producer/dashboard")).body
    expect(dashboard.products).toBe(products.length)
    // The demo's copied code is on one of Hảo Đạt's lots.
    expect(dashboard.copy_warnings.map((w: { serial: string }) => w.serial)).toContain("DEMO-COPY-0001")
  })

  it("puts description, story, price and stock live, and sends a title change to review", async () => {
    // Chè đinh: no other test depends on its price, stock or text.
    const handle = "che-dinh-tan-cuong-hao-dat"
    const { products } = (await haoDat("/producer/products")).body
    const tea = products.find((p: { handle: string }) => p.handle === handle)
    const original = tea.title
    const variant = tea.variants[0]
    const saved = await haoDat(`/producer/products/${tea.id}`, {
      body: {
        description: `Mô tả mới ${RUN}`,
        story_vi: "<script>alert('x')</script> Câu chuyện",
        title: `Chè đinh ${RUN}`,
        variants: [{ id: variant.id, price_vnd: variant.price_vnd + 10000, stock: 55 }],
      },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.pending_review).toEqual(["title"])
    expect(saved.body.product.variants[0]).toMatchObject({ price_vnd: variant.price_vnd + 10000, stock: 55 })
    expect(await storeProduct(handle)).toMatchObject({ title: original, description: `Mô tả mới ${RUN}` })

    const approve = async (proposed: string) => {
      const { reviews } = (await admin("/admin/producer-reviews")).body
      const review = reviews.find((r: { proposed_value: string }) => r.proposed_value === proposed)
      expect(review.kind).toBe("product_title")
      expect((await admin(`/admin/producer-reviews/${review.id}/decide`, { body: { decision: "approve" } })).status).toBe(200)
    }
    await approve(`Chè đinh ${RUN}`)
    expect((await storeProduct(handle)).title).toBe(`Chè đinh ${RUN}`)
    // Back to the demo's title and price, through the same path (caches follow the events).
    await haoDat(`/producer/products/${tea.id}`, { body: { title: original, variants: [{ id: variant.id, price_vnd: variant.price_vnd, stock: variant.stock }] } })
    await approve(original)
    expect((await storeProduct(handle)).title).toBe(original)
  })

  it("refuses stock below what orders have reserved, a bad price and unknown fields, changing nothing", async () => {
    const { products } = (await haoDat("/producer/products")).body
    const tea = products.find((p: { handle: string }) => p.handle === "che-tom-non-hao-dat")
    const bad = await haoDat(`/producer/products/${tea.id}`, { body: { variants: [{ id: tea.variants[0].id, price_vnd: 12.5 }] } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/price_vnd/)
    const after = (await haoDat(`/producer/products/${tea.id}`)).body.product
    expect(after.variants[0].price_vnd).toBe(tea.variants[0].price_vnd)
  })

  it("publishes a new product only when the trade department approves it", async () => {
    const created = await haoDat("/producer/products", {
      body: { title: `Chè xanh thử ${RUN}`, product_set: "tea", variant_title: "100 g", price_vnd: 90000, stock: 20, description: "Chè mới" },
    })
    expect(created.status).toBe(201)
    const { product } = created.body
    expect(product.status).toBe("draft")
    expect(await storeProduct(product.handle)).toBeUndefined()
    const review = (await admin("/admin/producer-reviews")).body.reviews.find((r: { product_id: string }) => r.product_id === product.id)
    await admin(`/admin/producer-reviews/${review.id}/decide`, { body: { decision: "approve" } })
    expect((await storeProduct(product.handle))?.title).toBe(`Chè xanh thử ${RUN}`)
  })

  it("opens a lot with serials, records a step, and prints its labels", async () => {
    const tea = (await haoDat("/producer/products")).body.products.find((p: { handle: string }) => p.handle === "che-tom-non-hao-dat")
    const lot = await haoDat("/producer/lots", {
      body: { product_id: tea.id, variant_id: tea.variants[0].id, code: `P-${RUN}`.slice(0, 20), quantity: 30, unit: "KGM", serial_count: 4 },
    })
    expect(lot.status).toBe(201)
    const lotId = lot.body.lot.id
    const event = await haoDat(`/producer/lots/${lotId}/events`, {
      body: {
        biz_step: "ocop:harvesting",
        action: "ADD",
        event_time: "2026-11-20T06:00:00+07:00",
        read_point: { name: "Đồi chè", place_handle: "tan-cuong" },
        quantity: 30,
        uom: "KGM",
      },
    })
    expect(event.status).toBe(201)
    expect(event.body.event.recorded_by).toMatch(/^producer:pusr_/)
    const labels = await fetch(`${backendUrl}/producer/lots/${lotId}/labels?serials=all`, { headers: { authorization: `Bearer ${haoDat.token}` } })
    expect(labels.headers.get("content-type")).toBe("application/pdf")
  })

  it("ships its own order lines and confirms a VietQR payment", async () => {
    const vietCuong = await producerFetch(backendUrl, "vietcuong@ocop-demo.vn")
    const variant = (await sql<{ id: string }>("select id from product_variant where sku = 'VC-MIEN-500'"))[0]?.id ?? ""
    const orderId = await placeOrder(backendUrl, publishableKey, variant, "pp_vietqr_vietqr")
    await eventually(async () => (await vietCuong("/producer/orders")).body.orders.some((o: { id: string }) => o.id === orderId))
    const open = (await vietCuong("/producer/orders")).body.orders.find((o: { id: string }) => o.id === orderId)
    expect(open).toMatchObject({ paid: false, only_producer: true, payment_provider: "pp_vietqr_vietqr" })
    const paid = await vietCuong(`/producer/orders/${open.id}/confirm-payment`, { body: {} })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    expect(paid.body.order.paid).toBe(true)
    const shipped = await vietCuong(`/producer/orders/${open.id}/ship`, { body: { mode: "shipped", carrier: "vnpost", tracking_number: "VN123456" } })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    expect(shipped.body.order.lines.every((l: { shipped: number; quantity: number }) => l.shipped === l.quantity)).toBe(true)
    expect((await vietCuong(`/producer/orders/${open.id}/ship`, { body: { mode: "shipped", carrier: "vnpost", tracking_number: "VN654321" } })).status).toBe(400)
    expect((await vietCuong(`/producer/orders/${open.id}/ship`, { body: { mode: "shipped" } })).status).toBe(400)
  })
})

describe("producer accounts", () => {
  it("invites a person: the invitation's link makes an active account", async () => {
    const producer = (await sql<{ id: string }>("select id from ocop_producer where handle = 'htx-mien-viet-cuong'"))[0]?.id
    const email = `moi-${RUN}@example.vn`
    const invited = await admin("/admin/producer-users", { body: { email, producer_id: producer, first_name: "Mới" } })
    expect(invited.status).toBe(201)
    const token = new URL(invited.body.invite_url).searchParams.get("invite")
    expect((await lastNotification(email, "producer-invite"))?.url).toBe(invited.body.invite_url)
    const registration = await (await authPost("/auth/producer/emailpass/register", { email, password: "mat-khau-moi-2026" })).json()
    const registered = await authPost("/producer/register", { first_name: "Mới", invite_token: token }, registration.token)
    expect(registered.status).toBe(201)
    expect((await registered.json()).user.status).toBe("active")
    const portal = await producerFetch(backendUrl, email, "mat-khau-moi-2026")
    expect((await portal("/producer/products")).status).toBe(200)
    // An invitation works once.
    const again = await (await authPost("/auth/producer/emailpass/register", { email: `khac-${RUN}@example.vn`, password: "mat-khau-moi-2026" })).json()
    expect((await authPost("/producer/register", { first_name: "X", invite_token: token }, again.token)).status).toBe(400)
  })

  it("keeps a self-registered person pending until staff approve", async () => {
    const email = `tu-dang-ky-${RUN}@example.vn`
    const registration = await (await authPost("/auth/producer/emailpass/register", { email, password: "mat-khau-2026-x" })).json()
    const joined = await authPost("/producer/register", { first_name: "Tự", producer_handle: "htx-che-hao-dat", message: "Tôi là kế toán HTX" }, registration.token)
    expect(joined.status).toBe(201)
    const portal = await producerFetch(backendUrl, email, "mat-khau-2026-x")
    expect((await portal("/producer/products")).status).toBe(403)
    expect((await portal("/producer/me")).body.user.status).toBe("pending")
    const pending = (await admin("/admin/producer-users?status=pending")).body.producer_users.find((u: { email: string }) => u.email === email)
    expect((await admin(`/admin/producer-users/${pending.id}/approve`, { body: {} })).status).toBe(200)
    expect((await portal("/producer/products")).status).toBe(200)
  })

  it("resets a forgotten password through the emailed link", async () => {
    const email = "vietcuong@ocop-demo.vn"
    // The link is mailed by a subscriber, after the request: wait for a link not seen before.
    const linkAfter = async (previous: string | undefined) => {
      await expect.poll(async () => (await lastNotification(email, "producer-password-reset"))?.url, { timeout: EVENT_WAIT_MS }).not.toBe(previous)
      return (await lastNotification(email, "producer-password-reset"))?.url ?? ""
    }
    const before = (await lastNotification(email, "producer-password-reset"))?.url
    expect((await authPost("/auth/producer/emailpass/reset-password", { identifier: email })).status).toBe(201)
    const url = await linkAfter(before)
    expect(url).toContain(`${storefrontUrl}/producer/reset-password?token=`)
    const token = new URL(url).searchParams.get("token") ?? ""
    const updated = await authPost("/auth/producer/emailpass/update", { password: "mat-khau-moi-2027" }, token)
    expect(updated.status).toBe(200)
    await expect(producerFetch(backendUrl, email)).rejects.toThrow(/failed/)
    await producerFetch(backendUrl, email, "mat-khau-moi-2027")
    // Back to the demo password for the README's login.
    const again = await authPost("/auth/producer/emailpass/reset-password", { identifier: email })
    expect(again.status).toBe(201)
    const next = new URL(await linkAfter(url)).searchParams.get("token") ?? ""
    expect((await authPost("/auth/producer/emailpass/update", { password: "ocop-demo-2026" }, next)).status).toBe(200)
  })
})
