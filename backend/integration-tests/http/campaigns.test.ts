import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { sqlOn } from "./db.ts"

/** Promotion campaigns: a code works in the cart during its campaign, not outside it; results are counted. */
const { backendUrl, databaseUrl, publishableKey } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>

const sql = sqlOn(databaseUrl)
async function store<T = any>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** A cart with one 75.000 ₫ pack of noodles, and the codes it was given; returns its promotions and discount. */
async function cartWithCode(code: string) {
  const { body: regions } = await store("/store/regions")
  const { body: created } = await store("/store/carts", { region_id: regions.regions[0].id })
  const variant = (await sql<{ id: string }>("select id from product_variant where sku = 'VC-MIEN-500'"))[0]?.id
  await store(`/store/carts/${created.cart.id}/line-items`, { variant_id: variant, quantity: 1 })
  const applied = await store(`/store/carts/${created.cart.id}/promotions`, { promo_codes: [code] })
  const { body } = await store(`/store/carts/${created.cart.id}?fields=discount_total,promotions.code,total`)
  return {
    cartId: created.cart.id as string,
    status: applied.status,
    codes: (body.cart.promotions ?? []).map((p: { code: string }) => p.code),
    discount: body.cart.discount_total as number,
  }
}

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
})

describe("campaigns", () => {
  it("lists the demo campaigns, the week running and the fair to come", async () => {
    const { body } = await store("/store/ocop/campaigns")
    const bySlug = Object.fromEntries(body.campaigns.map((c: { slug: string; running: boolean }) => [c.slug, c.running]))
    expect(bySlug).toMatchObject({ "tuan-le-ocop-thai-nguyen": true, "hoi-cho-ocop-vung-mien": false })
    expect((await store("/store/ocop/campaigns/tuan-le-ocop-thai-nguyen")).body.campaign.codes).toEqual(["TUANLEOCOP"])
    expect((await store("/store/ocop/campaigns/no-such-campaign")).status).toBe(404)
  })

  it("applies a code during its campaign and not before it", async () => {
    const during = await cartWithCode("TUANLEOCOP")
    expect(during.codes).toEqual(["TUANLEOCOP"])
    expect(during.discount).toBe(7500)
    const before = await cartWithCode("HOICHO15")
    expect(before.codes).toEqual([])
    expect(before.discount).toBe(0)
  })

  it("does not apply a code after its campaign ended", async () => {
    const { body: made } = await admin("/admin/campaigns", {
      body: { name: "Đã qua", campaign_identifier: `da-qua-${Date.now()}`, starts_at: "2025-01-01T00:00:00Z", ends_at: "2025-01-31T00:00:00Z" },
    })
    const code = `DAQUA${Date.now().toString(36).toUpperCase()}`.slice(0, 20)
    const promo = await admin("/admin/promotions", {
      body: {
        code,
        type: "standard",
        status: "active",
        campaign_id: made.campaign.id,
        application_method: { type: "percentage", target_type: "order", allocation: "across", value: 20 },
      },
    })
    expect(promo.status).toBe(200)
    const after = await cartWithCode(code)
    expect(after.codes).toEqual([])
    expect(after.discount).toBe(0)
  })

  it("counts a campaign's orders, revenue, discount and uses", async () => {
    const before = (await admin("/admin/ocop/campaigns")).body.campaigns.find((c: { slug: string }) => c.slug === "tuan-le-ocop-thai-nguyen")
    const { cartId } = await cartWithCode("TUANLEOCOP")
    const address = { first_name: "Lan", phone: "0912345678", address_1: "1 A", city: "B", province: "Hà Nội", country_code: "vn" }
    await store(`/store/carts/${cartId}`, { email: "lan@example.vn", shipping_address: address })
    const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
    await store(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id })
    const { body: collection } = await store("/store/payment-collections", { cart_id: cartId })
    await store(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" })
    const { body: placed } = await store(`/store/carts/${cartId}/complete`, {})
    expect(placed.type).toBe("order")
    const after = (await admin("/admin/ocop/campaigns")).body.campaigns.find((c: { slug: string }) => c.slug === "tuan-le-ocop-thai-nguyen")
    expect(after.results.orders).toBe(before.results.orders + 1)
    expect(after.results.discount - before.results.discount).toBe(7500)
    expect(after.results.revenue - before.results.revenue).toBe(placed.order.total)
    expect(after.budget.used).toBe(before.budget.used + 1)
  })

  it("refuses a bad campaign page, naming the fields, and writes nothing", async () => {
    const count = async () => Number((await sql<{ n: string }>("select count(*) n from campaign_page"))[0]?.n)
    const before = await count()
    const bad = await admin("/admin/ocop/campaigns", { body: { campaign_id: "camp_nope", slug: "Bad Slug!", title_vi: "" } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/slug/)
    expect(bad.body.message).toMatch(/title_vi/)
    expect(await count()).toBe(before)
  })
})
