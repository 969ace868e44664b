import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StorePlacesResponse } from "@ocop/core"
import { type PlaceRow, storePlace } from "../shapes"

/** GET /store/ocop/places — communes with OCOP producers or products (historical district kept). */
export async function GET(req: MedusaRequest, res: MedusaResponse<StorePlacesResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_place",
    fields: ["id", "handle", "commune", "province", "historical_district"],
    pagination: { order: { commune: "ASC" } },
  })
  res.json({ places: (data as unknown as PlaceRow[]).map(storePlace) })
}
