import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import { type ExportEvent, type ExportLot, type RegisteredSerial, toEpcisDocument } from "../modules/traceability/epcis"
import type TraceabilityModuleService from "../modules/traceability/service"

/** A lot's EPCIS 2.0 document, or undefined when there is no such lot. Shared by the Store and Admin routes. */
export async function lotEpcisDocument(scope: MedusaContainer, lotId: string, siteUrl: string, serials: "all" | string[]) {
  const trace: TraceabilityModuleService = scope.resolve(TRACEABILITY_MODULE)
  const found = await trace.traceOf(lotId)
  if (!found) return undefined
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["title"], filters: { id: found.lot.product_id } })
  const title = (data[0] as { title?: string } | undefined)?.title ?? found.lot.code
  const register = await trace.listTraceSerials(serials === "all" ? { lot_id: lotId } : { lot_id: lotId, serial: serials }, {
    select: ["serial", "created_at"],
    take: null,
  })
  return toEpcisDocument({
    siteUrl,
    lot: { ...(found.lot as unknown as ExportLot), product_title: title },
    events: found.events as unknown as ExportEvent[],
    serials,
    register: register as RegisteredSerial[],
  })
}
