import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type StoreLivestreamClickResponse, watchTarget } from "@ocop/core"
import { LIVESTREAMS_MODULE } from "../../../../../modules/livestreams"
import type LivestreamsModuleService from "../../../../../modules/livestreams/service"

/**
 * POST /store/livestreams/:id/clicks — counts a followed "watch" link and
 * answers where it leads: the stored stream URL, or its replay once ended. The
 * storefront redirects only to this answer, never to a URL from the request.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<StoreLivestreamClickResponse>) {
  const service: LivestreamsModuleService = req.scope.resolve(LIVESTREAMS_MODULE)
  const row = await service.countClick(req.params.id)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Livestream ${req.params.id} was not found.`)
  res.json({ url: watchTarget(row, new Date()) })
}
