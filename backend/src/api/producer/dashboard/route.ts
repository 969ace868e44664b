import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateStatus, EXPIRING_SOON_DAYS, type ProducerDashboardResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { portalProducts } from "../catalogue"
import { producerActor } from "../guard"
import { portalOrder, portalOrders } from "../orders"

export const LOW_STOCK = 10

type Cert = { id: string; stars: number; expires_at: string; revoked_at: string | null; replaced_by_id: string | null }

/**
 * GET /producer/dashboard — what needs the producer's attention: low stock,
 * certificates expiring or expired, copy warnings and recent scans of its
 * codes, and orders to fulfil.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerDashboardResponse>) {
  const { producerId } = await producerActor(req)
  const [products, orders] = await Promise.all([portalProducts(req.scope, producerId), portalOrders(req.scope, producerId)])
  const ids = products.map((p) => p.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ids.length ? await query.graph({ entity: "product", fields: ["id", "title", "ocop_product.certificates.*"], filters: { id: ids } }) : { data: [] }
  const now = new Date()
  const certificates = (data as unknown as { id: string; title: string; ocop_product?: { certificates?: Cert[] } | null }[]).flatMap((p) =>
    (p.ocop_product?.certificates ?? [])
      .filter((c) => !c.replaced_by_id)
      .map((c) => ({
        product_id: p.id,
        title: p.title,
        stars: c.stars,
        expires_at: c.expires_at,
        status: certificateStatus({ expires_at: new Date(c.expires_at), revoked_at: c.revoked_at ? new Date(c.revoked_at) : null, replaced_by_id: c.replaced_by_id }, now),
      }))
      .filter((c) => c.status !== "active"),
  )
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const lots = ids.length ? await trace.listTraceLots({ product_id: ids }, { select: ["id", "code", "product_id"], take: null }) : []
  const lotIds = lots.map((l) => l.id)
  const [scans, flagged] = lotIds.length
    ? await Promise.all([
        trace.listTraceScans({ lot_id: lotIds }, { order: { scanned_at: "DESC" }, take: 20, select: ["lot_id", "scanned_at", "region", "device_class"] }),
        trace.listTraceSerials({ lot_id: lotIds, flagged_at: { $ne: null } }, { select: ["serial", "lot_id", "scan_count", "flag_reason", "flagged_at"], take: 50 }),
      ])
    : [[], []]
  const lotCode = new Map(lots.map((l) => [l.id, l.code]))
  res.json({
    low_stock: products.flatMap((p) =>
      p.variants
        .filter((v) => v.stock !== null && v.stock - (v.reserved ?? 0) < LOW_STOCK)
        .map((v) => ({ product_id: p.id, title: p.title, variant: v.title, available: (v.stock ?? 0) - (v.reserved ?? 0) })),
    ),
    certificates,
    expiring_soon_days: EXPIRING_SOON_DAYS,
    copy_warnings: flagged.map((s) => ({ serial: s.serial, lot_code: lotCode.get(s.lot_id), scan_count: s.scan_count, reason: s.flag_reason })),
    recent_scans: scans.map((s) => ({ lot_code: lotCode.get(s.lot_id), scanned_at: s.scanned_at, region: s.region, device_class: s.device_class })),
    orders_to_fulfil: orders.filter((o) => o.lines.some((l) => l.fulfilled < l.quantity)).map(portalOrder),
    products: products.length,
  })
}
