import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { sqlOn } from "./db.ts"
import { EVENT_WAIT_MS } from "./waits.ts"

const { backendUrl, databaseUrl, storefrontUrl, publishableKey } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>

const sql = sqlOn(databaseUrl)

const certificateCount = async () => Number((await sql<{ n: string }>("select count(*) as n from ocop_certificate"))[0]?.n)
const productId = async (handle: string) => (await sql<{ id: string }>("select id from product where handle = $1", [handle]))[0]?.id ?? ""
/** A product of the seed whose only certificate has expired, so it may be certified anew. */
const expiredProductHandle = async () =>
  (
    await sql<{ handle: string }>(`
      select p.handle from product p
      join product_product_ocop_ocop_product l on l.product_id = p.id and l.deleted_at is null
      join ocop_certificate c on c.ocop_product_id = l.ocop_product_id
      group by p.handle having bool_and(c.expires_at < now() and c.revoked_at is null and c.replaced_by_id is null)
      limit 1`)
  )[0]?.handle ?? ""

const valid = {
  stars: 4,
  score: 76.5,
  decision_number: "2150/QĐ-UBND",
  decision_date: "2026-10-20",
  issuer: "UBND tỉnh Thái Nguyên",
  issuer_level: "province",
  criteria_set: "148/QĐ-TTg",
}

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
})

describe("admin: certificates", () => {
  it("rejects bad input with one 400 naming every problem, and writes nothing", async () => {
    const before = await certificateCount()
    const { status, body } = await admin("/admin/ocop/certificates", {
      body: { ...valid, product_id: await productId(await expiredProductHandle()), stars: 7, score: 120, expires_at: "2020-01-01" },
    })
    expect(status).toBe(400)
    expect(body.message).toContain("stars must be 3, 4 or 5")
    expect(body.message).toContain("score must be between 0 and 100")
    expect(body.message).toContain("expiry is before the decision date")
    expect(await certificateCount()).toBe(before)
  })

  it("rejects an unknown product set on a product's OCOP record", async () => {
    const { status, body } = await admin(`/admin/ocop/products/${await productId("mien-viet-cuong")}`, {
      body: { product_set: "spaceships", producer_id: "producer_nope", place_id: "place_nope" },
    })
    expect(status).toBe(400)
    expect(body.message).toContain('unknown product set "spaceships"')
    expect(body.message).toContain("no producer producer_nope")
  })

  it("refuses a second certificate while one is valid: renew instead", async () => {
    const { status, body } = await admin("/admin/ocop/certificates", { body: { ...valid, product_id: await productId("mien-viet-cuong") } })
    expect(status).toBe(400)
    expect(body.message).toContain("renew it instead")
  })

  it("issues, renews and revokes, keeping the history", async () => {
    const handle = await expiredProductHandle()
    expect(handle).not.toBe("")
    const issued = await admin("/admin/ocop/certificates", { body: { ...valid, decision_date: "2025-11-03", product_id: await productId(handle) } })
    expect(issued.status).toBe(201)
    expect(issued.body.certificate).toMatchObject({ stars: 4, status: "active" })
    expect(new Date(issued.body.certificate.expires_at).toISOString()).toBe(new Date("2028-11-03T00:00:00+07:00").toISOString())

    const renewed = await admin(`/admin/ocop/certificates/${issued.body.certificate.id}/renew`, {
      body: { ...valid, stars: 5, score: 91.2, issuer_level: "central", issuer: "Bộ Nông nghiệp và Môi trường", decision_number: "4410/QĐ-BNNMT" },
    })
    expect(renewed.status).toBe(201)
    const [old] = await sql<{ replaced_by_id: string }>("select replaced_by_id from ocop_certificate where id = $1", [issued.body.certificate.id])
    expect(old?.replaced_by_id).toBe(renewed.body.certificate.id)

    // The storefront caches the page; the change must reach it without waiting for the cache to expire.
    const productPage = () => fetch(`${storefrontUrl}/products/${handle}`).then((r) => r.text())
    expect(await productPage()).toContain("Còn hiệu lực")

    const noReason = await admin(`/admin/ocop/certificates/${renewed.body.certificate.id}/revoke`, { body: { reason: "" } })
    expect(noReason.status).toBe(400)
    const revoked = await admin(`/admin/ocop/certificates/${renewed.body.certificate.id}/revoke`, {
      body: { reason: "Không tham gia đánh giá lại" },
    })
    expect(revoked.status).toBe(200)
    expect(revoked.body.certificate).toMatchObject({ status: "revoked", revoked_reason: "Không tham gia đánh giá lại" })
    await expect.poll(productPage, { timeout: EVENT_WAIT_MS }).toContain("Đã bị thu hồi")
    // The search index follows: the revoked product no longer carries stars there either.
    const indexed = async () => {
      const response = await fetch(`${backendUrl}/store/ocop/search?q=${encodeURIComponent(handle.replace(/-/g, " "))}&limit=50`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
      const { hits } = (await response.json()) as { hits: { handle: string; stars: number; certificate_status: string }[] }
      return hits.find((h) => h.handle === handle)?.certificate_status
    }
    await expect.poll(indexed, { timeout: EVENT_WAIT_MS }).toBe("revoked")

    const again = await admin(`/admin/ocop/certificates/${renewed.body.certificate.id}/revoke`, { body: { reason: "Lần nữa" } })
    expect(again.status).toBe(400)
  })

  it("lists certificates expiring within N days, soonest first", async () => {
    const { status, body } = await admin("/admin/ocop/certificates?expiring_within_days=60")
    expect(status).toBe(200)
    expect(body.certificates.length).toBeGreaterThanOrEqual(1)
    for (const c of body.certificates) expect(c.status).toBe("expiring_soon")
  })

  it("is closed to requests without a staff token", async () => {
    const response = await fetch(`${backendUrl}/admin/ocop/certificates`)
    expect(response.status).toBe(401)
  })
})
