import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { DemoProduct } from "./demo-products"
import type { StoreSetup } from "./store-setup"

type Container = ExecArgs["container"]

/**
 * Creates the products that do not exist yet (matched by handle) and stocks
 * their variants in the provincial warehouse. Returns how many were created.
 */
export async function seedCatalogue(
  container: Container,
  setup: StoreSetup,
  products: DemoProduct[],
): Promise<number> {
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["handle"] },
  )
  const known = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !known.has(p.handle))
  if (missing.length === 0) {
    return 0
  }

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p) => ({
        title: p.title,
        subtitle: p.subtitle,
        handle: p.handle,
        description: p.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: setup.shippingProfileId,
        options: [{ title: p.option, values: p.variants.map((v) => v.title) }],
        variants: p.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          manage_inventory: true,
          options: { [p.option]: v.title },
          prices: [{ amount: v.priceVnd, currency_code: "vnd" }],
        })),
        sales_channels: [{ id: setup.salesChannelId }],
      })),
    },
  })

  await stockVariants(container, setup.stockLocationId, missing)
  return missing.length
}

async function stockVariants(container: Container, locationId: string, products: DemoProduct[]) {
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
