import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "../config/env"

/**
 * When products, prices, stock, certificates, lots, livestreams or showrooms change, tell each storefront
 * instance (STOREFRONT_URLS) to drop its cached catalogue. A storefront that
 * misses the message serves at most one TTL (a minute) of stale data.
 */
export default async function dropStorefrontCache({ container, event }: SubscriberArgs<{ id?: string }>) {
  const env = readBackendEnv(process.env)
  if (!env.STOREFRONT_URLS || !env.CACHE_INVALIDATION_SECRET) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const urls = env.STOREFRONT_URLS.split(",").map((u) => u.trim())
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(new URL("/api/cache/invalidate", url), {
          method: "POST",
          headers: { "content-type": "application/json", "x-cache-secret": env.CACHE_INVALIDATION_SECRET ?? "" },
          // A new trace event only changes trace pages; everything else can change any catalogue page.
          body: JSON.stringify({ tags: [event.name === "trace_lot.changed" ? "trace" : "catalogue"] }),
          // Generous: a busy storefront answers late, and a message given up on leaves a minute of stale pages.
          signal: AbortSignal.timeout(10_000),
        })
        if (!response.ok) logger.warn(`Storefront ${url} refused cache invalidation (${response.status}) after ${event.name}`)
      } catch (error) {
        // Not running (e.g. during the first-run seed, before it starts) is normal; it has nothing cached.
        logger.debug(`Storefront ${url} unreachable for cache invalidation after ${event.name}: ${(error as Error).message}`)
      }
    }),
  )
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.updated",
    "order.placed",
    "ocop_certificate.changed",
    "ocop_product.changed",
    "trace_lot.changed",
    "livestream.changed",
    "showroom.changed",
    "campaign_page.changed",
  ],
}
