import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { CampaignPageResponse, ListCampaignsResponse } from "@ocop/core"
import { CAMPAIGN_PAGES_MODULE } from "../../../../modules/campaign-pages"
import type CampaignPagesModuleService from "../../../../modules/campaign-pages/service"
import { campaignResults, campaignViews, isRunning } from "../../../campaigns"
import { throwIfProblems } from "../../../problems"
import type { CampaignPageBody } from "../validators"

/** GET /admin/ocop/campaigns — campaign pages with dates, budget use and results (orders, revenue, discount). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ListCampaignsResponse>) {
  const views = await campaignViews(req.scope)
  const now = new Date()
  const campaigns = await Promise.all(views.map(async (view) => ({ ...view, running: isRunning(view, now), results: await campaignResults(req.scope, view.campaign_id) })))
  res.json({ campaigns })
}

/** POST /admin/ocop/campaigns — the public page of a Medusa campaign (made in the Admin with its promotions). */
export async function POST(req: AuthenticatedMedusaRequest<CampaignPageBody>, res: MedusaResponse<CampaignPageResponse>) {
  const body = req.validatedBody
  const [campaign] = await req.scope.resolve(Modules.PROMOTION).listCampaigns({ id: [body.campaign_id] })
  if (!campaign) throwIfProblems([{ field: "campaign_id", code: "unknown_campaign", message: `no campaign ${body.campaign_id}`, params: { id: body.campaign_id } }])
  const pages: CampaignPagesModuleService = req.scope.resolve(CAMPAIGN_PAGES_MODULE)
  const [existing] = await pages.listCampaignPages({ campaign_id: body.campaign_id })
  const [taken] = await pages.listCampaignPages({ slug: body.slug })
  if (taken && taken.id !== existing?.id) throwIfProblems([{ field: "slug", code: "taken", message: `${body.slug} is taken`, params: { value: body.slug } }])
  const page = existing
    ? await pages.updateCampaignPages({ id: existing.id, ...body, featured_product_ids: body.featured_product_ids as unknown as Record<string, unknown> })
    : await pages.createCampaignPages({ ...body, featured_product_ids: body.featured_product_ids as unknown as Record<string, unknown> })
  // The storefront drops its cached catalogue pages (subscribers/storefront-cache.ts), so the page shows the change at once.
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: "campaign_page.changed", data: { id: page.id } })
  res.status(existing ? 200 : 201).json({ campaign_page: page })
}
