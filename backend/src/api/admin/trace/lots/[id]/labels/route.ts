import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../../../../config/env"
import { labelSheetPdf } from "../../../../../../modules/traceability/labels"
import { lotPath, serialPath, siteUri } from "../../../../../../modules/traceability/links"
import { labelTarget } from "../../../label-target"
import type { LabelsQuery } from "../../../validators"

/**
 * GET /admin/trace/lots/:id/labels?serials=all|S1,S2[&copies=N][&format=a4|thermal]
 * — a PDF of QR labels: one per unit serial, or `copies` of the lot's code, on
 * the A4 sticker sheet or the 50 × 30 mm thermal roll.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, LabelsQuery>, res: MedusaResponse) {
  const { serials, copies, format } = req.validatedQuery
  const { trace, lot, title, stars } = await labelTarget(req.scope, req.params.id)
  const site = readBackendEnv(process.env).PUBLIC_SITE_URL
  let labels: { uri: string; caption: string }[]
  if (serials) {
    const rows = await trace.listTraceSerials(serials === "all" ? { lot_id: lot.id } : { lot_id: lot.id, serial: serials }, {
      select: ["serial"],
      order: { serial: "ASC" },
      take: null,
    })
    if (serials !== "all" && rows.length !== serials.length) {
      const known = new Set(rows.map((r) => r.serial))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not serials of this lot: ${serials.filter((s) => !known.has(s)).join(", ")}.`)
    }
    if (!rows.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This lot has no unit serials yet: generate some first.")
    labels = rows.map((r) => ({ uri: siteUri(site, serialPath(lot, r.serial)), caption: r.serial }))
  } else {
    labels = Array.from({ length: copies }, () => ({ uri: siteUri(site, lotPath(lot)), caption: lot.short_code }))
  }
  const pdf = await labelSheetPdf(
    {
      productTitle: title,
      lotCode: lot.code,
      expiresOn: lot.expires_at ? new Date(lot.expires_at).toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }) : null,
      ocopStars: stars,
      labels,
    },
    format,
  )
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="labels-${lot.code}-${format}.pdf"`)
  res.send(pdf)
}
