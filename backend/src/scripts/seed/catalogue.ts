import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createCollectionsWorkflow, createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { BOOKING_CAPACITY_KEY, BOOKING_PAYMENT_KEY } from "@ocop/core"
import type { SeedProduct } from "./ocop-types"
import type { StoreSetup } from "./store-setup"

type Container = ExecArgs["container"]

/**
 * Creates the Medusa products that do not exist yet (matched by handle) and
 * stocks their variants in the provincial warehouse. Returns each handle's id.
 */
export async function seedCatalogue(container: Container, setup: StoreSetup, products: SeedProduct[]): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const known = async () =>
    new Map((await productService.listProducts({ handle: products.map((p) => p.handle) }, { select: ["id", "handle"] })).map((p) => [p.handle, p.id] as const))
  const existing = await known()
  const missing = products.filter((p) => !existing.has(p.handle))
  if (missing.length === 0) return existing
  const featuredId = await featuredCollectionId(container)

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p) => ({
        title: p.title,
        handle: p.handle,
        description: p.description,
        status: ProductStatus.PUBLISHED,
        ...(p.booking && { metadata: { [BOOKING_CAPACITY_KEY]: p.booking.capacity, [BOOKING_PAYMENT_KEY]: p.booking.payment } }),
        collection_id: p.featured ? featuredId : undefined,
        // Tourism services are booked and visited, not shipped: no shipping profile.
        shipping_profile_id: isService(p) ? undefined : setup.shippingProfileId,
        options: [{ title: p.option, values: p.variants.map((v) => v.title) }],
        variants: p.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          // A service's places are per date (backend/src/workflows/bookings), not a stock.
          manage_inventory: !isService(p),
          options: { [p.option]: v.title },
          prices: [{ amount: v.price_vnd, currency_code: "vnd" }],
        })),
        sales_channels: [{ id: setup.salesChannelId }],
      })),
    },
  })
  await stockVariants(container, setup.stockLocationId, missing)
  await markServicesUnshipped(container, missing.filter(isService))
  return known()
}

/** Group 6 (tourism): a booking for a date and a number of visitors, within its places per date. */
export const isService = (p: SeedProduct) => p.product_set === "tourism"

async function markServicesUnshipped(container: Container, services: SeedProduct[]) {
  if (!services.length) return
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: services.flatMap((p) => p.variants.map((v) => v.sku)) })
  if (items.length) await inventory.updateInventoryItems(items.map((item) => ({ id: item.id, requires_shipping: false })))
}

/** The trade department's "featured" collection, shown first on the home page. */
export const FEATURED_COLLECTION = "noi-bat"

async function featuredCollectionId(container: Container): Promise<string> {
  const productService = container.resolve(Modules.PRODUCT)
  const [found] = await productService.listProductCollections({ handle: FEATURED_COLLECTION })
  if (found) return found.id
  const { result } = await createCollectionsWorkflow(container).run({
    input: { collections: [{ title: "Sản phẩm nổi bật", handle: FEATURED_COLLECTION }] },
  })
  const [created] = result
  if (!created) throw new Error("Could not create the featured collection.")
  return created.id
}

async function stockVariants(container: Container, locationId: string, products: SeedProduct[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
      })),
    },
  })
}
