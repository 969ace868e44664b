import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * GET /status — readiness of the backend and its database, for the storefront's
 * /health and for load balancers. Medusa's own /health says only that the process
 * is up; this also proves a query reaches Postgres.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    await pg.raw("select 1")
    res.json({ backend: "up", database: "up" })
  } catch (error) {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    logger.error(`Database check failed: ${(error as Error).message}`)
    res.status(503).json({ backend: "up", database: "down" })
  }
}
