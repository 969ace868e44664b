import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { sqlOn } from "./db.ts"
import { producerFetch } from "./producer-client.ts"

/**
 * The shape of a 400 from our routes: Medusa's `type` and `message`, as they
 * always were, plus `fields` that say by code what is wrong. Other answers
 * are Medusa's, without `fields`.
 */
const { backendUrl, databaseUrl, publishableKey } = inject("platform")
const sql = sqlOn(databaseUrl)
let admin: Awaited<ReturnType<typeof adminFetch>>
let producer: Awaited<ReturnType<typeof producerFetch>>

const store = async (path: string) => {
  const response = await fetch(`${backendUrl}${path}`, { headers: { "x-publishable-api-key": publishableKey } })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}
const productId = async (handle: string) => (await sql<{ id: string }>("select id from product where handle = $1", [handle]))[0]?.id ?? ""
const codes = (body: Record<string, any>) => (body.fields as { field: string; code: string }[]).map(({ field, code }) => `${field}:${code}`)

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
  producer = await producerFetch(backendUrl, "haodat@ocop-demo.vn")
})

describe("a 400 from a store route", () => {
  it("codes a bad query, read the way Medusa read it", async () => {
    const { status, body } = await store("/store/trace/resolve?gtin=123&colour=red")
    expect(status).toBe(400)
    expect(body.message).toMatch(/^Invalid request: gtin must be a GTIN-14/)
    expect(codes(body)).toEqual(expect.arrayContaining(["gtin:invalid_format", "colour:unknown_field"]))
  })
})

describe("a 400 from an admin route", () => {
  it("codes the shape of a livestream, with the message it always had", async () => {
    const { status, body } = await admin("/admin/livestreams", {
      body: { title_vi: "", platform: "myspace", url: "https://www.facebook.com/x", host: "H", starts_at: "tomorrow", ends_at: "2026-12-01T10:00:00Z", click_count: 5 },
    })
    expect(status).toBe(400)
    expect(body.message).toMatch(/^Invalid request: title_vi: .*; platform: .*; starts_at: .*; body: Unrecognized key: "click_count"$/)
    expect(codes(body)).toEqual(["title_vi:too_small", "platform:invalid_value", "starts_at:invalid_format", "click_count:unknown_field"])
    expect(body.fields[0].params).toEqual({ minimum: 1, origin: "string", inclusive: true })
  })

  it("codes the livestream rules and unknown products (throwIfProblems)", async () => {
    const teaId = await productId("che-tom-non-hao-dat")
    const { status, body } = await admin("/admin/livestreams", {
      body: {
        title_vi: "Thử lỗi",
        platform: "tiktok",
        url: "http://www.tiktok.com/@ocop/live",
        host: "Sở Công Thương",
        starts_at: "2030-01-01T10:00:00Z",
        ends_at: "2030-01-01T09:00:00Z",
        product_ids: [teaId, "prod_nope"],
        replay_url: "javascript:alert(1)",
      },
    })
    expect(status).toBe(400)
    expect(body.message).toBe(
      "Invalid request: ends_at: must be after starts_at; url: must be an https link on tiktok (tiktok.com); replay_url: must be an https link; product_ids.1: no product prod_nope",
    )
    expect(body.fields).toEqual([
      { field: "ends_at", code: "too_early", params: { after: "starts_at" } },
      { field: "url", code: "not_platform_url", params: { platform: "tiktok", domains: "tiktok.com" } },
      { field: "replay_url", code: "not_https" },
      { field: "product_ids.1", code: "unknown_product", params: { id: "prod_nope" } },
    ])
  })

  it("codes the certificate rules from inside a workflow", async () => {
    const { status, body } = await admin("/admin/ocop/certificates", {
      body: {
        product_id: await productId("che-tom-non-hao-dat"),
        stars: 4,
        score: 65,
        decision_number: "abc",
        decision_date: "2026-10-20",
        issuer: "UBND tỉnh Thái Nguyên",
        issuer_level: "province",
        criteria_set: "148/QĐ-TTg",
      },
    })
    expect(status).toBe(400)
    expect(body.message).toMatch(/^Certificate not recorded: .*a score of 65 earns 3★, not 4★; decision number must look like "1032\/QĐ-UBND" \(got "abc"\)\.$/)
    expect(codes(body)).toEqual(expect.arrayContaining(["score:score_mismatch", "decision_number:invalid_format"]))
    expect(body.fields).toContainEqual({ field: "score", code: "score_mismatch", params: { score: 65, stars: 4, earned: 3 } })
  })

  it("keeps Medusa's message for a body Medusa validates (validateAndTransformBody), and codes each issue", async () => {
    const { status, body } = await admin("/admin/ocop/certificates/cert_nope/revoke", { body: { reason: 5, extra: 1 } })
    expect(status).toBe(400)
    expect(Object.keys(body).sort()).toEqual(["fields", "message", "type"])
    expect(body.type).toBe("invalid_data")
    expect(body.message).toBe("Invalid request: Expected type: 'string' for field 'reason', got: '5'; Unrecognized fields: 'extra'")
    expect(body.fields).toEqual([
      { field: "reason", code: "invalid_type", params: { expected: "string", received: "number" } },
      { field: "extra", code: "unknown_field" },
    ])
  })

  it("codes a missing field as required", async () => {
    const { status, body } = await admin("/admin/ocop/certificates/cert_nope/revoke", { body: {} })
    expect(status).toBe(400)
    expect(body.message).toBe("Invalid request: Field 'reason' is required")
    expect(body.fields).toEqual([{ field: "reason", code: "required" }])
  })
})

describe("a 400 from a producer route", () => {
  it("codes a bad trace event by its path", async () => {
    const { status, body } = await producer("/producer/lots", { body: { product_id: "prod_x", code: "Lô 1", quantity: -1, unit: "KGM", standards: [{ code: "nope" }] } })
    expect(status).toBe(400)
    expect(body.message).toMatch(/^Invalid request: code: must be 1–20 letters.*; quantity: .*; standards\.0\.code: /)
    expect(codes(body)).toEqual(["code:invalid_format", "quantity:too_small", "standards.0.code:invalid_value"])
  })

  it("leaves a 400 that is not about the data (not_allowed) as Medusa wrote it", async () => {
    const { status, body } = await producer("/producer/register", { body: { first_name: "Ai", producer_handle: "hao-dat" } })
    expect(status).toBe(400)
    expect(body).toEqual({ type: "not_allowed", message: "This login already has a producer account." })
  })
})

describe("a 400 a route throws without codes", () => {
  it("carries one problem with the whole input", async () => {
    const { status, body } = await admin("/admin/ocop/dashboard?from=2026-06-01&to=2026-01-01")
    expect(status).toBe(400)
    expect(body.message).toBe("Invalid period: the period must not end (2026-01-01) before it starts (2026-06-01).")
    expect(body.fields).toEqual([{ field: "", code: "invalid" }])
  })
})

describe("other answers", () => {
  it("are Medusa's, without fields", async () => {
    const notFound = await admin("/admin/ocop/certificates/cert_nope/revoke", { body: { reason: "a long enough reason" } })
    expect(notFound.status).toBe(404)
    expect(notFound.body).not.toHaveProperty("fields")
    const unauthorized = await fetch(`${backendUrl}/admin/livestreams`)
    expect(unauthorized.status).toBe(401)
    expect(await unauthorized.json()).not.toHaveProperty("fields")
  })
})
