import { MedusaModule } from "@medusajs/framework/modules-sdk"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Container = ExecArgs["container"]

/** The id Medusa's own search-ingestion subscriber registers with (@medusajs/medusa/subscribers/search-ingestion). */
const SEARCH_INGESTION = "search-ingestion"

/**
 * On a first start `db:migrate` creates each search index's first version
 * empty and pending, and only `medusa start` builds it, from the database, and
 * makes it active. Every product, stock and OCOP event the seed emits in
 * between would reach an index that cannot take writes yet, and fail with
 * "has no active version yet" — hundreds of error lines for nothing, as the
 * build that follows reads the seeded data anyway.
 *
 * So while no index is active, this takes Medusa's search-ingestion subscriber
 * off this process's event bus. Once any index is active (the seed run again on
 * a store in use), ingestion stays on: nothing else would bring the index the
 * new records. Returns whether it detached it.
 */
export async function detachSearchIngestionUntilBuilt(container: Container): Promise<boolean> {
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true })
  if (!search) return false
  const indexes = await search.listIndexes()
  if (indexes.length === 0 || indexes.some((index) => index.status !== "pending")) return false

  const eventBus = container.resolve(Modules.EVENT_BUS)
  const events = new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))
  // The local event bus finds the subscriber by its id; the function is only a placeholder.
  for (const event of events) eventBus.unsubscribe(event, async () => {}, { subscriberId: SEARCH_INGESTION })
  return true
}
