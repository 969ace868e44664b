import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCampaignsResponse } from "@ocop/core"
import { campaignViews, isRunning } from "../../../campaigns"

/** GET /store/ocop/campaigns — campaigns with a public page, each saying whether it runs now. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreCampaignsResponse>) {
  const now = new Date()
  const campaigns = (await campaignViews(req.scope)).map(({ budget: _budget, ...view }) => ({ ...view, running: isRunning(view, now) }))
  res.json({ campaigns })
}
