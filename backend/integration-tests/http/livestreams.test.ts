import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"

/** Livestreams: the trade department's Admin API, the public list and click-through counting. */
const { backendUrl, publishableKey } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>
let teaId: string
const RUN = Date.now().toString(36)

/** A browser's User-Agent: clicks by bots (or without one) are never counted. */
const BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"

/** `client`: the visitor's address as a trusted proxy (loopback) names it, for counting clicks once per client. */
const store = async (path: string, init: { method?: string; client?: string } = {}) => {
  const headers: Record<string, string> = { "x-publishable-api-key": publishableKey, "user-agent": BROWSER }
  if (init.client) headers["x-forwarded-for"] = init.client
  const response = await fetch(`${backendUrl}${path}`, { method: init.method ?? "GET", headers })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
const adminCount = async () => (await admin("/admin/livestreams")).body.livestreams.length as number

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
  const { products } = (await store("/store/products?handle=che-tom-non-hao-dat&fields=id")).body
  teaId = products[0].id
})

describe("livestreams", () => {
  it("has the seeded demo livestreams, marked as sample data", async () => {
    const { livestreams } = (await store("/store/livestreams")).body
    const demo = livestreams.filter((l: { slug: string }) => l.slug.endsWith("-demo"))
    expect(demo).toHaveLength(3)
    for (const l of demo) expect(l.title_vi).toContain("dữ liệu mẫu")
    expect(demo.some((l: { replay_url: string | null; ends_at: string }) => l.replay_url && new Date(l.ends_at) < new Date())).toBe(true)
    expect(demo.some((l: { starts_at: string }) => new Date(l.starts_at) > new Date())).toBe(true)
    expect(livestreams[0]).not.toHaveProperty("click_count")
  })

  it("refuses a badly shaped livestream, naming every field, and writes nothing", async () => {
    const before = await adminCount()
    const response = await admin("/admin/livestreams", {
      body: { title_vi: "", platform: "myspace", url: "https://www.facebook.com/x", host: "H", starts_at: "tomorrow", ends_at: minutesFromNow(60), click_count: 5 },
    })
    expect(response.status).toBe(400)
    for (const field of ["title_vi", "platform", "starts_at"]) expect(response.body.message).toContain(`${field}:`)
    expect(response.body.message).toMatch(/click_count/)
    expect(await adminCount()).toBe(before)
  })

  it("refuses a wrong window, a link off the platform and unknown products in one 400", async () => {
    const before = await adminCount()
    const response = await admin("/admin/livestreams", {
      body: {
        title_vi: `Thử ${RUN}`,
        platform: "tiktok",
        url: "http://www.tiktok.com/@ocop/live",
        host: "Sở Công Thương",
        starts_at: minutesFromNow(60),
        ends_at: minutesFromNow(30),
        product_ids: [teaId, "prod_nope"],
        replay_url: "javascript:alert(1)",
      },
    })
    expect(response.status).toBe(400)
    expect(response.body.message).toContain("ends_at: must be after starts_at")
    expect(response.body.message).toContain("url: must be an https link on tiktok")
    expect(response.body.message).toContain("replay_url: must be an https link")
    expect(response.body.message).toContain("product_ids.1: no product prod_nope")
    expect(response.body.message).not.toContain("product_ids.0")
    expect(await adminCount()).toBe(before)
  })

  it("creates, lists, counts clicks, updates and deletes a livestream", async () => {
    const created = await admin("/admin/livestreams", {
      body: {
        title_vi: `Live chè Tân Cương ${RUN}`,
        title_en: `Tân Cương tea live ${RUN}`,
        platform: "facebook",
        url: "https://www.facebook.com/ocop.test/live",
        host: "HTX Chè Hảo Đạt",
        starts_at: minutesFromNow(-10),
        ends_at: minutesFromNow(50),
        product_ids: [teaId],
      },
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.livestream
    expect(slug).toBe(`live-che-tan-cuong-${RUN}`)

    const listed = (await store("/store/livestreams")).body.livestreams.find((l: { id: string }) => l.id === id)
    expect(listed.products).toEqual([{ id: teaId, handle: "che-tom-non-hao-dat", title: "Chè tôm nõn Hảo Đạt" }])

    // Three visitors, one of them clicking twice: a click counts once per client.
    const clients = ["198.51.100.31", "198.51.100.32", "198.51.100.33", "198.51.100.33"]
    const clicks = await Promise.all(clients.map((client) => store(`/store/livestreams/${id}/clicks`, { method: "POST", client })))
    for (const click of clicks) expect(click.body).toEqual({ url: "https://www.facebook.com/ocop.test/live" })
    const row = (await admin("/admin/livestreams")).body.livestreams.find((l: { id: string }) => l.id === id)
    expect(row).toMatchObject({ click_count: 3, phase: "live" })
    expect((await store("/store/livestreams/lstr_nope/clicks", { method: "POST" })).status).toBe(404)

    const bad = await admin(`/admin/livestreams/${id}`, { body: { ends_at: minutesFromNow(-20) } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("ends_at: must be after starts_at")
    expect((await admin(`/admin/livestreams/${id}`)).body.livestream.ends_at).toBe(row.ends_at)

    const updated = await admin(`/admin/livestreams/${id}`, { body: { replay_url: "https://www.facebook.com/ocop.test/videos/1", host: "Sở Công Thương" } })
    expect(updated.status).toBe(200)
    expect(updated.body.livestream).toMatchObject({ host: "Sở Công Thương", click_count: 3, slug })

    expect((await admin(`/admin/livestreams/${id}`, { method: "DELETE" })).body).toEqual({ id, object: "livestream", deleted: true })
    expect((await store("/store/livestreams")).body.livestreams.some((l: { id: string }) => l.id === id)).toBe(false)
    expect((await store(`/store/livestreams/${id}/clicks`, { method: "POST" })).status).toBe(404)
  })

  it("keeps the Admin API for staff", async () => {
    expect((await fetch(`${backendUrl}/admin/livestreams`)).status).toBe(401)
  })
})
