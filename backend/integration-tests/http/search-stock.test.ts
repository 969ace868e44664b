import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"
import { EVENT_WAIT_MS } from "./waits.ts"

/**
 * The product index follows stock: reservations and stock levels change a
 * product's in_stock through Medusa's inventory events. Hồng không hạt has two
 * boxes in the seed; the 5 kg one has none left, so the 2 kg box decides.
 */
const { backendUrl, publishableKey } = inject("platform")
const HANDLE = "hong-khong-hat-ba-be"
const SKU = "BB-HONG-2KG"
let admin: Awaited<ReturnType<typeof adminFetch>>
let item: { id: string; location: string; stocked: number }

async function search(query: Record<string, string>) {
  const response = await fetch(`${backendUrl}/store/ocop/search?${new URLSearchParams(query)}`, {
    headers: { "x-publishable-api-key": publishableKey },
  })
  return (await response.json()) as { hits: { handle: string; in_stock: boolean }[]; facets: Record<string, { values?: { value: string; count: number }[] }> }
}
const inStock = async () => (await search({ q: "hồng không hạt", limit: "50" })).hits.find((h) => h.handle === HANDLE)?.in_stock
const setStock = (stocked: number) => admin(`/admin/inventory-items/${item.id}/location-levels/${item.location}`, { body: { stocked_quantity: stocked } })

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
  const { body } = await admin(`/admin/inventory-items?sku=${SKU}&fields=id,*location_levels`)
  const level = body.inventory_items[0].location_levels[0]
  item = { id: body.inventory_items[0].id, location: level.location_id, stocked: level.stocked_quantity }
})

afterAll(async () => {
  await setStock(item.stocked)
})

describe("search: stock", () => {
  it("starts in stock, and the in_stock filter and facet agree with the hits", async () => {
    expect(await inStock()).toBe(true)
    const all = await search({ limit: "50" })
    const counted = Number(all.facets.in_stock?.values?.find((v) => v.value === "true")?.count)
    const only = await search({ in_stock: "true", limit: "50" })
    expect(only.hits.length).toBe(counted)
    expect(only.hits.every((h) => h.in_stock)).toBe(true)
  })

  it("goes out of stock when every unit is reserved, and back when the reservation goes", async () => {
    const { status, body } = await admin("/admin/reservations", {
      body: { inventory_item_id: item.id, location_id: item.location, quantity: item.stocked },
    })
    expect(status).toBe(200)
    await expect.poll(inStock, { timeout: EVENT_WAIT_MS }).toBe(false)
    expect((await search({ q: "hồng không hạt", in_stock: "true" })).hits.map((h) => h.handle)).not.toContain(HANDLE)

    expect((await admin(`/admin/reservations/${body.reservation.id}`, { method: "DELETE" })).status).toBe(200)
    await expect.poll(inStock, { timeout: EVENT_WAIT_MS }).toBe(true)
  })

  it("goes out of stock when the stock level drops to zero, and back when it is restocked", async () => {
    expect((await setStock(0)).status).toBe(200)
    await expect.poll(inStock, { timeout: EVENT_WAIT_MS }).toBe(false)
    expect((await setStock(item.stocked)).status).toBe(200)
    await expect.poll(inStock, { timeout: EVENT_WAIT_MS }).toBe(true)
  })

  it("answers a 400 for an in_stock that is not true or false", async () => {
    const response = await fetch(`${backendUrl}/store/ocop/search?in_stock=yes`, { headers: { "x-publishable-api-key": publishableKey } })
    expect(response.status).toBe(400)
  })
})
