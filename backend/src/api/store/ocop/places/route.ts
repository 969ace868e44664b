import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /store/ocop/places — communes with OCOP producers or products (historical district kept). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_place",
    fields: ["id", "handle", "commune", "province", "historical_district"],
    pagination: { order: { commune: "ASC" } },
  })
  res.json({ places: data })
}
