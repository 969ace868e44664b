import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../../../../config/env"
import { lotEpcisDocument } from "../../../../../trace-export"

/** GET /admin/trace/lots/:id/epcis — the lot's full EPCIS 2.0 document, every unit serial included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await lotEpcisDocument(req.scope, req.params.id, readBackendEnv(process.env).PUBLIC_SITE_URL, "all")
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${req.params.id} was not found.`)
  res.setHeader("content-type", "application/ld+json; charset=utf-8")
  res.send(JSON.stringify(document))
}
