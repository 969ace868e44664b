import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../../../../config/env"
import { TRACEABILITY_MODULE } from "../../../../../../modules/traceability"
import { lotPath, serialPath, siteUri } from "../../../../../../modules/traceability/links"
import { qrPng, qrSvg } from "../../../../../../modules/traceability/qr"
import type TraceabilityModuleService from "../../../../../../modules/traceability/service"
import type { QrQuery } from "../../../validators"

/** GET /admin/trace/lots/:id/qr?format=svg|png[&serial=] — the QR code of the lot's or a unit's link. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, QrQuery>, res: MedusaResponse) {
  const { format, serial } = req.validatedQuery
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id: req.params.id })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${req.params.id} was not found.`)
  if (serial && !(await trace.listTraceSerials({ lot_id: lot.id, serial }, { select: ["id"] })).length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Serial ${serial} is not a unit of this lot.`)
  }
  const uri = siteUri(readBackendEnv(process.env).PUBLIC_SITE_URL, serial ? serialPath(lot, serial) : lotPath(lot))
  res.setHeader("x-qr-uri", uri)
  if (format === "png") {
    res.setHeader("content-type", "image/png")
    res.send(await qrPng(uri))
  } else {
    res.setHeader("content-type", "image/svg+xml")
    res.send(await qrSvg(uri))
  }
}
