import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LotSerialsResponse, TraceSerialsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import { POST as adminRoute } from "../../../../admin/trace/lots/[id]/serials/route"
import { assertOwnLot, producerActor } from "../../../guard"
import type { LotSerialsQuery } from "../../validators"

/**
 * GET /producer/lots/:id/serials?offset&limit — one page of its own lot's
 * serials with their scan standing: counted scans, the regions they came from
 * (counted scans only, so a bot's or a repeat view adds none) and the copy flag.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, LotSerialsQuery>, res: MedusaResponse<LotSerialsResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnLot(req.scope, producerId, req.params.id)
  const { offset, limit } = req.validatedQuery
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [serials, count] = await trace.listAndCountTraceSerials(
    { lot_id: req.params.id },
    { select: ["id", "serial", "scan_count", "first_scanned_at", "last_scanned_at", "flagged_at", "flag_reason"], order: { serial: "ASC" }, skip: offset, take: limit },
  )
  const scans = serials.length
    ? await trace.listTraceScans({ serial_id: serials.map((s) => s.id), counted: true, region: { $ne: null } }, { select: ["serial_id", "region"], take: null })
    : []
  const regions = new Map<string, Set<string>>()
  for (const scan of scans) if (scan.serial_id && scan.region) regions.set(scan.serial_id, (regions.get(scan.serial_id) ?? new Set()).add(scan.region))
  res.json({
    serials: serials.map((s) => ({
      serial: s.serial,
      scan_count: s.scan_count,
      regions: [...(regions.get(s.id) ?? [])].sort(),
      first_scanned_at: s.first_scanned_at,
      last_scanned_at: s.last_scanned_at,
      flagged_at: s.flagged_at,
      flag_reason: s.flag_reason,
    })),
    count,
    offset,
    limit,
  })
}

/** POST /producer/lots/:id/serials — more unit serials for its own lot. The Admin route's work, after the ownership check. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<TraceSerialsResponse>) {
  const { producerId } = await producerActor(req)
  await assertOwnLot(req.scope, producerId, req.params.id)
  return adminRoute(req as never, res)
}
