import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreTraceEpcisResponse } from "@ocop/core"
import { readBackendEnv } from "../../../../../../config/env"
import { lotEpcisDocument } from "../../../../../trace-export"
import type { StoreTraceEpcisQuery } from "../../../validators"

/**
 * GET /store/trace/lots/:id/epcis[?serial=] — the lot's journey as EPCIS 2.0
 * JSON-LD for anyone holding its code. Unit serials are left out, except the
 * one that was scanned: published serials could be printed on fakes.
 */
export async function GET(req: MedusaRequest<unknown, StoreTraceEpcisQuery>, res: MedusaResponse) {
  const env = readBackendEnv(process.env)
  const serial = req.validatedQuery.serial
  const document = await lotEpcisDocument(req.scope, req.params.id, env.PUBLIC_SITE_URL, serial ? [serial] : [])
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${req.params.id} was not found.`)
  res.setHeader("content-type", "application/ld+json; charset=utf-8")
  // Sent as text: res.json would set application/json over the JSON-LD type.
  res.send(JSON.stringify(document satisfies StoreTraceEpcisResponse))
}
