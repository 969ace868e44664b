import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"

/** Showrooms and points of sale: the Admin API and the public list. */
const { backendUrl, publishableKey } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>
const RUN = Date.now().toString(36)

const storeShowrooms = async () =>
  ((await (await fetch(`${backendUrl}/store/showrooms`, { headers: { "x-publishable-api-key": publishableKey } })).json()) as { showrooms: Record<string, any>[] }).showrooms
const count = async () => (await admin("/admin/showrooms")).body.showrooms.length as number

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
})

describe("showrooms", () => {
  it("has the provincial showroom at Thịnh Đức and sample points of sale", async () => {
    const showrooms = await storeShowrooms()
    const provincial = showrooms.find((s) => s.handle === "trung-tam-ocop-thai-nguyen")
    expect(provincial).toMatchObject({ name: "Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên", place_handle: "thinh-duc", sample: true })
    expect(provincial?.products.map((p: { handle: string }) => p.handle)).toContain("che-tom-non-hao-dat")
    expect(showrooms.filter((s) => s.sample).length).toBeGreaterThanOrEqual(3)
  })

  it("refuses bad input naming every field, and writes nothing", async () => {
    const before = await count()
    const shape = await admin("/admin/showrooms", { body: { name: "", address: "x", opening_hours: "8–17", phone: "call me", lat: 91, lng: 105 } })
    expect(shape.status).toBe(400)
    for (const field of ["name", "phone", "lat"]) expect(shape.body.message).toContain(`${field}:`)
    const refs = await admin("/admin/showrooms", {
      body: { name: `Điểm bán ${RUN}`, address: "x", opening_hours: "8–17", place_handle: "atlantis", product_ids: ["prod_nope"] },
    })
    expect(refs.status).toBe(400)
    expect(refs.body.message).toContain("place_handle: no commune atlantis")
    expect(refs.body.message).toContain("product_ids.0: no product prod_nope")
    const half = await admin("/admin/showrooms", { body: { name: `Điểm bán ${RUN}`, address: "x", opening_hours: "8–17", lat: 21.5 } })
    expect(half.status).toBe(400)
    expect(half.body.message).toContain("lng: give both lat and lng, or neither")
    expect(await count()).toBe(before)
  })

  it("creates, updates and deletes a point of sale", async () => {
    const { products } = (await (
      await fetch(`${backendUrl}/store/products?handle=mien-viet-cuong&fields=id`, { headers: { "x-publishable-api-key": publishableKey } })
    ).json()) as { products: { id: string }[] }
    const created = await admin("/admin/showrooms", {
      body: {
        name: `Quầy OCOP Hóa Thượng ${RUN}`,
        address: "Xã Hóa Thượng",
        place_handle: "hoa-thuong",
        opening_hours: "8:00–17:00",
        lat: 21.65,
        lng: 105.86,
        product_ids: products.map((p) => p.id),
      },
    })
    expect(created.status).toBe(201)
    const { id, handle } = created.body.showroom
    expect(handle).toBe(`quay-ocop-hoa-thuong-${RUN}`)
    expect((await storeShowrooms()).find((s) => s.id === id)?.products).toEqual([{ id: products[0]?.id, handle: "mien-viet-cuong", title: "Miến dong Việt Cường" }])

    expect((await admin(`/admin/showrooms/${id}`, { body: { place_handle: "nowhere" } })).status).toBe(400)
    const updated = await admin(`/admin/showrooms/${id}`, { body: { phone: "0208 3855 555", opening_hours: "7:00–21:00" } })
    expect(updated.body.showroom).toMatchObject({ phone: "0208 3855 555", opening_hours: "7:00–21:00", place_handle: "hoa-thuong" })

    expect((await admin(`/admin/showrooms/${id}`, { method: "DELETE" })).status).toBe(200)
    expect((await storeShowrooms()).some((s) => s.id === id)).toBe(false)
  })
})
