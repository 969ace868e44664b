import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type StoreLivestreamClickResponse, watchTarget } from "@ocop/core"
import { isAutomated } from "@ocop/core/security"
import { LIVESTREAMS_MODULE } from "../../../../../modules/livestreams"
import type LivestreamsModuleService from "../../../../../modules/livestreams/service"
import { CLICK_WINDOW_MINUTES, clientKey, requestClient } from "../../../../limits"

/**
 * POST /store/livestreams/:id/clicks — counts a followed "watch" link, once
 * per client per LIVESTREAM_CLICK_WINDOW_MINUTES and never for a bot, and
 * answers where it leads: the stored stream URL, or its replay once ended. The
 * storefront redirects only to this answer, never to a URL from the request;
 * it forwards its visitor's address and User-Agent, so they count, not it.
 * Rate-limited per client (../../../../limits.ts).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<StoreLivestreamClickResponse>) {
  const service: LivestreamsModuleService = req.scope.resolve(LIVESTREAMS_MODULE)
  const client = isAutomated(req.headers["user-agent"]) ? null : clientKey(requestClient(req))
  const row = await service.countClick(req.params.id, client, CLICK_WINDOW_MINUTES)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Livestream ${req.params.id} was not found.`)
  res.json({ url: watchTarget(row, new Date()) })
}
