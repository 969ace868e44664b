import Medusa from "@medusajs/js-sdk"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { sqlOn } from "./db"

const { backendUrl, publishableKey, databaseUrl } = inject("platform")
const sql = sqlOn(databaseUrl)
const sdk = new Medusa({ baseUrl: backendUrl, publishableKey })

describe("Store API on the seeded database", () => {
  let regionId: string

  beforeAll(async () => {
    const { regions } = await sdk.store.region.list()
    const vietnam = regions.find((r) => r.name === "Việt Nam")
    expect(vietnam?.currency_code).toBe("vnd")
    regionId = vietnam?.id ?? ""
  })

  it("serves the seeded products with whole-đồng VND prices and stock", async () => {
    const { products } = await sdk.store.product.list({
      region_id: regionId,
      fields: "handle,*variants,*variants.calculated_price,+variants.inventory_quantity",
    })
    const tea = products.find((p) => p.handle === "che-tom-non-hao-dat")
    const variant = tea?.variants?.find((v) => v.sku === "HD-TOMNON-100")
    expect(variant?.calculated_price?.calculated_amount).toBe(250_000)
    expect(variant?.calculated_price?.currency_code).toBe("vnd")
    // What is left to sell: the seeded 40 less what other tests' orders took, as the database holds it.
    const [level] = await sql<{ available: string }>(
      `select sum(l.stocked_quantity - l.reserved_quantity) as available
         from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
         join inventory_level l on l.inventory_item_id = pvi.inventory_item_id and l.deleted_at is null
        where v.sku = $1 and v.deleted_at is null`,
      ["HD-TOMNON-100"],
    )
    expect(variant?.inventory_quantity).toBe(Number(level?.available))
    expect(variant?.inventory_quantity).toBeGreaterThan(0)
    expect(variant?.inventory_quantity).toBeLessThanOrEqual(40)
  })

  it("refuses store requests without the publishable key", async () => {
    const response = await fetch(`${backendUrl}/store/products`)
    expect(response.status).toBe(400)
  })

  it("says the catalogue is demo data", async () => {
    const response = await sdk.client.fetch<{ site: { demo_data: boolean } }>("/store/site")
    expect(response.site.demo_data).toBe(true)
  })

  it("reports the database as up on /status", async () => {
    const response = await fetch(`${backendUrl}/status`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ backend: "up", database: "up" })
  })
})

describe("OCOP data on the Store API", () => {
  it("returns a product's OCOP record, producer, place and certificates", async () => {
    const { ocop_products } = await sdk.client.fetch<{ ocop_products: Record<string, any>[] }>("/store/ocop/products", {
      query: { handle: "che-tom-non-hao-dat" },
    })
    expect(ocop_products).toHaveLength(1)
    const ocop = ocop_products[0] ?? {}
    expect(ocop.product_set).toBe("tea")
    expect(ocop.producer.entity_type).toBe("cooperative")
    expect(ocop.place.province).toBe("Thái Nguyên")
    expect(ocop.certificates.length).toBeGreaterThanOrEqual(1)
  })

  it("gives every seeded product an OCOP record, and refuses a malformed query", async () => {
    const { ocop_products } = await sdk.client.fetch<{ ocop_products: unknown[] }>("/store/ocop/products")
    expect(ocop_products.length).toBeGreaterThanOrEqual(40)
    const response = await fetch(`${backendUrl}/store/ocop/products?handle=`, { headers: { "x-publishable-api-key": publishableKey } })
    expect(response.status).toBe(400)
  })

  it("lists producers, places and the taxonomy", async () => {
    const { producers } = await sdk.client.fetch<{ producers: { entity_type: string }[] }>("/store/ocop/producers")
    expect(producers.length).toBeGreaterThanOrEqual(15)
    expect(new Set(producers.map((p) => p.entity_type))).toEqual(new Set(["cooperative", "cooperative_group", "enterprise", "household"]))
    const { places } = await sdk.client.fetch<{ places: unknown[] }>("/store/ocop/places")
    expect(places.length).toBeGreaterThanOrEqual(5)
    const taxonomy = await sdk.client.fetch<{ groups: unknown[]; product_sets: unknown[] }>("/store/ocop/taxonomy")
    expect([taxonomy.groups.length, taxonomy.product_sets.length]).toEqual([6, 26])
  })
})
