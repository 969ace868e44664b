import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { DashboardResponse } from "@ocop/core"
import { OCOP_MODULE } from "../../../../modules/ocop"
import { programFigures, resolvePeriod } from "../../../../modules/ocop/dashboard"
import { dashboardCsv } from "../../../../modules/ocop/dashboard-csv"
import type OcopModuleService from "../../../../modules/ocop/service"
import { PRODUCER_ORDERS_MODULE } from "../../../../modules/producer-orders"
import type ProducerOrdersModuleService from "../../../../modules/producer-orders/service"
import type { DashboardQuery } from "../validators"

/**
 * GET /admin/ocop/dashboard[?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv] — the OCOP plan's
 * figures computed from the data at this moment, each against its target (targets.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DashboardQuery>, res: MedusaResponse<DashboardResponse | string>) {
  const now = new Date()
  const { period, problems } = resolvePeriod(req.validatedQuery, now)
  if (problems.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid period: ${problems.join("; ")}.`)

  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const orders: ProducerOrdersModuleService = req.scope.resolve(PRODUCER_ORDERS_MODULE)
  const [producers, products] = await Promise.all([
    ocop.listOcopProducers({}, { select: ["id", "entity_type", "women_led", "ethnic_minority_led", "circular_green", "modern_channels"], take: null }),
    ocop.listOcopProducts({}, { select: ["id", "product_set", "producer_id"], relations: ["certificates"], take: null }),
  ])
  // Selling on this platform is a modern channel (OCOP.md): one order line is enough.
  const lines = producers.length ? await orders.listProducerOrderLines({ producer_id: producers.map((p) => p.id) }, { select: ["producer_id"], take: null }) : []
  const figures = programFigures({
    products,
    producers,
    sellingProducerIds: new Set(lines.map((l) => l.producer_id)),
    period,
    now,
  })
  if (req.validatedQuery.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="ocop-dashboard-${period.from}-${period.to}.csv"`)
    res.send(dashboardCsv(figures))
    return
  }
  res.json({ dashboard: { ...figures, computed_at: now.toISOString() } })
}
