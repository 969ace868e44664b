import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MeilisearchSearchProvider from "./service"

/** Registered by medusa-config as a Search Module provider when MEILISEARCH_HOST is set. */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProvider] })
