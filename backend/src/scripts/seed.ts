import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedCampaigns } from "./seed/campaigns"
import { seedCatalogue } from "./seed/catalogue"
import { places, producers, products } from "./seed/ocop-catalogue"
import { seedOcopRecords } from "./seed/ocop-records"
import { seedProducerAccounts } from "./seed/producer-accounts"
import { detachSearchIngestionUntilBuilt } from "./seed/search-ingestion"
import { setUpStore } from "./seed/store-setup"
import { seedTraceJourneys } from "./seed/trace-journeys"
import { seedLivestreams, seedShowrooms } from "./seed/trade"

/**
 * Sets up the store (region, channel, key, warehouse) and, unless SEED_DEMO is
 * "false", the demo OCOP catalogue. Safe to run again: existing records are kept.
 * The store's metadata records that demo data is in use, so the storefront can say so.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeService = container.resolve(Modules.STORE)
  const withDemo = process.env.SEED_DEMO !== "false"
  if (await detachSearchIngestionUntilBuilt(container)) {
    logger.info("Search indexes not built yet: the seeded records go into them when the backend starts.")
  }

  const setup = await setUpStore(container)
  logger.info("Store set up: region Việt Nam (VND), sales channel, publishable key, warehouse.")

  if (withDemo) {
    const productIds = await seedCatalogue(container, setup, products)
    await seedOcopRecords(container, { places, producers, products }, productIds)
    logger.info(`Demo catalogue: ${productIds.size} products, ${producers.length} producers, ${places.length} places.`)
    const lots = await seedTraceJourneys(container, { places, producers, products }, productIds)
    logger.info(`Demo traceability: ${lots} lots with their journeys.`)
    logger.info(`Demo producer logins: ${await seedProducerAccounts(container)}.`)
    logger.info(`Demo campaigns: ${await seedCampaigns(container, productIds)}.`)
    logger.info(`Demo livestreams: ${await seedLivestreams(container, productIds)}; showrooms: ${await seedShowrooms(container, productIds)}.`)
  }

  const [store] = await storeService.listStores()
  await storeService.updateStores(store.id, {
    metadata: { ...store.metadata, ocop_seeded_at: new Date().toISOString(), ocop_demo_data: withDemo },
  })
}
