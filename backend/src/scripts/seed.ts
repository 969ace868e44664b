import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedCatalogue } from "./seed/catalogue"
import { demoProducts } from "./seed/demo-products"
import { setUpStore } from "./seed/store-setup"

/**
 * Sets up the store (region, channel, key, warehouse) and, unless SEED_DEMO is
 * "false", the demo catalogue. Safe to run again: existing records are kept.
 * The store's metadata records that demo data is in use, so the storefront can say so.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeService = container.resolve(Modules.STORE)
  const withDemo = process.env.SEED_DEMO !== "false"

  const setup = await setUpStore(container)
  logger.info("Store set up: region Việt Nam (VND), sales channel, publishable key, warehouse.")

  if (withDemo) {
    const created = await seedCatalogue(container, setup, demoProducts)
    logger.info(`Demo catalogue: ${created} product(s) created.`)
  }

  const [store] = await storeService.listStores()
  await storeService.updateStores(store.id, {
    metadata: { ...store.metadata, ocop_seeded_at: new Date().toISOString(), ocop_demo_data: withDemo },
  })
}
