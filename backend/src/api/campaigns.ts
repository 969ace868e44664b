import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CAMPAIGN_PAGES_MODULE } from "../modules/campaign-pages"
import type CampaignPagesModuleService from "../modules/campaign-pages/service"

/** A campaign page with its Medusa campaign's dates, promotion codes and budget. */
export type CampaignView = {
  id: string
  slug: string
  campaign_id: string
  name: string
  title: { vi: string; en: string }
  body: { vi: string; en: string }
  banner: { vi: string; en: string }
  featured_product_ids: string[]
  starts_at: string | null
  ends_at: string | null
  /** Codes buyers type in the cart (automatic promotions need none). */
  codes: string[]
  budget: { type: string; limit: number | null; used: number } | null
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** Whether a campaign runs at `now`: Medusa's own rule (starts_at ≤ now < ends_at, open ends allowed). */
export function isRunning(view: Pick<CampaignView, "starts_at" | "ends_at">, now = new Date()): boolean {
  return (!view.starts_at || new Date(view.starts_at) <= now) && (!view.ends_at || now < new Date(view.ends_at))
}

export async function campaignViews(scope: MedusaContainer, filters: { slug?: string } = {}): Promise<CampaignView[]> {
  const pages: CampaignPagesModuleService = scope.resolve(CAMPAIGN_PAGES_MODULE)
  const rows = await pages.listCampaignPages(filters, { take: 200 })
  if (!rows.length) return []
  const promotion = scope.resolve(Modules.PROMOTION)
  const campaigns = await promotion.listCampaigns({ id: rows.map((r) => r.campaign_id) }, { relations: ["budget", "promotions"] })
  const byId = new Map(campaigns.map((c) => [c.id, c]))
  return rows.flatMap((row) => {
    const campaign = byId.get(row.campaign_id)
    if (!campaign) return []
    return [
      {
        id: row.id,
        slug: row.slug,
        campaign_id: campaign.id,
        name: campaign.name ?? row.title_vi,
        title: { vi: row.title_vi, en: row.title_en },
        body: { vi: row.body_vi, en: row.body_en },
        banner: { vi: row.banner_vi, en: row.banner_en },
        featured_product_ids: (row.featured_product_ids as unknown as string[]) ?? [],
        starts_at: iso(campaign.starts_at),
        ends_at: iso(campaign.ends_at),
        codes: (campaign.promotions ?? []).filter((p) => p.status === "active" && !p.is_automatic && p.code).map((p) => p.code as string),
        budget: campaign.budget
          ? { type: campaign.budget.type as string, limit: campaign.budget.limit === null ? null : Number(campaign.budget.limit), used: Number(campaign.budget.used ?? 0) }
          : null,
      },
    ]
  })
}

/** Orders that used a campaign's promotions, their revenue and the discount they got. */
export async function campaignResults(scope: MedusaContainer, campaignId: string) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { order_id: string }[] = await knex("order_promotion as op")
    .join("promotion as p", "p.id", "op.promotion_id")
    .where("p.campaign_id", campaignId)
    .whereNull("op.deleted_at")
    .distinct("op.order_id")
  const ids = rows.map((r) => r.order_id)
  if (!ids.length) return { orders: 0, revenue: 0, discount: 0 }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total", "discount_total", "status"], filters: { id: ids } })
  const live = (data as unknown as { total: number; discount_total: number; status: string }[]).filter((o) => o.status !== "canceled")
  return {
    orders: live.length,
    revenue: live.reduce((sum, o) => sum + Number(o.total ?? 0), 0),
    discount: live.reduce((sum, o) => sum + Number(o.discount_total ?? 0), 0),
  }
}
