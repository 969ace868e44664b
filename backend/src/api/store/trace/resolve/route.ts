import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type StoreTraceResolveResponse, toPublicTrace } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import type { StoreTraceResolveQuery } from "../validators"

/**
 * GET /store/trace/resolve — what a scanned key names: a GTIN alone names the
 * product that holds it; with a lot (or a short code) a lot and its journey; with a serial,
 * one unit of it. Unknown keys are 404. Views are logged separately (the
 * storefront sends them in batches to POST /internal/trace/scans), so this
 * answer can be cached.
 */
export async function GET(req: MedusaRequest<unknown, StoreTraceResolveQuery>, res: MedusaResponse<StoreTraceResolveResponse>) {
  const q = req.validatedQuery
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const notFound = (what: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `No ${what} is registered under this code.`)

  let lotId: string | undefined
  if (q.short) {
    lotId = (await trace.listTraceLots({ short_code: q.short }, { select: ["id"] }))[0]?.id
  } else if (q.lot) {
    lotId = (await trace.listTraceLots({ gtin: q.gtin, code: q.lot }, { select: ["id"] }))[0]?.id
  } else if (q.serial) {
    const [serial] = await trace.listTraceSerials({ serial: q.serial }, { select: ["id", "lot_id"] })
    const [lot] = serial ? await trace.listTraceLots({ id: serial.lot_id, gtin: q.gtin }, { select: ["id"] }) : []
    lotId = lot?.id
  } else {
    // The product whose variant holds the GTIN (trace_gtin), never whichever lot used it last.
    const [held] = await trace.listTraceGtins({ gtin: q.gtin }, { select: ["product_id"] })
    if (!held) throw notFound("product")
    res.json({ product_id: held.product_id, trace: null, serial: null })
    return
  }
  if (!lotId) throw notFound("lot")
  if (q.serial) {
    const [serial] = await trace.listTraceSerials({ serial: q.serial, lot_id: lotId }, { select: ["id"] })
    if (!serial) throw notFound("unit")
  }
  const found = await trace.traceOf(lotId)
  if (!found) throw notFound("lot")
  res.json({ product_id: found.lot.product_id, trace: toPublicTrace(found), serial: q.serial ?? null })
}
