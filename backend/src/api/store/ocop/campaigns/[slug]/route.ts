import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreCampaignResponse } from "@ocop/core"
import { campaignViews, isRunning } from "../../../../campaigns"

/** GET /store/ocop/campaigns/:slug — one campaign's page, dates and codes. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreCampaignResponse>) {
  const [view] = await campaignViews(req.scope, { slug: req.params.slug })
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign ${req.params.slug}.`)
  const { budget: _budget, ...rest } = view
  res.json({ campaign: { ...rest, running: isRunning(view) } })
}
