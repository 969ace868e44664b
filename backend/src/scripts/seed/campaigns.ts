import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { CAMPAIGN_PAGES_MODULE } from "../../modules/campaign-pages"
import type CampaignPagesModuleService from "../../modules/campaign-pages/service"

type Container = ExecArgs["container"]
const DAY = 86_400_000

/**
 * Two demo campaigns on Medusa's promotion module, dated from the seed's day:
 * "Tuần lễ OCOP Thái Nguyên" running now (code TUANLEOCOP, 10 % off, 500
 * uses) and an OCOP fair in six weeks (code HOICHO15, 15 % off) whose code
 * does nothing before it opens. Sample data.
 */
export const DEMO_CAMPAIGNS = [
  {
    identifier: "tuan-le-ocop-thai-nguyen",
    slug: "tuan-le-ocop-thai-nguyen",
    name: "Tuần lễ OCOP Thái Nguyên",
    starts: -1,
    ends: 30,
    code: "TUANLEOCOP",
    percent: 10,
    uses: 500,
    title: { vi: "Tuần lễ OCOP Thái Nguyên", en: "Thái Nguyên OCOP Week" },
    body: {
      vi: "Tuần lễ giới thiệu và bán sản phẩm OCOP của tỉnh Thái Nguyên: chè Tân Cương, miến dong, mật ong và nhiều đặc sản khác.\n\nNhập mã TUANLEOCOP trong giỏ hàng để được giảm 10% toàn bộ đơn hàng. (Chương trình mẫu để minh hoạ.)",
      en: "A week presenting and selling Thái Nguyên's OCOP products: Tân Cương tea, arrowroot noodles, honey and many more specialties.\n\nEnter the code TUANLEOCOP in your cart for 10% off the whole order. (A sample campaign for demonstration.)",
    },
    banner: { vi: "Tuần lễ OCOP Thái Nguyên: giảm 10% với mã TUANLEOCOP", en: "Thái Nguyên OCOP Week: 10% off with the code TUANLEOCOP" },
    featured: ["che-tom-non-hao-dat", "mien-viet-cuong", "mat-ong-phuc-thanh", "che-dinh-tan-cuong-hao-dat"],
  },
  {
    identifier: "hoi-cho-ocop-vung-mien",
    slug: "hoi-cho-ocop-vung-mien",
    name: "Hội chợ OCOP và đặc sản vùng miền",
    starts: 42,
    ends: 47,
    code: "HOICHO15",
    percent: 15,
    uses: 300,
    title: { vi: "Hội chợ OCOP và đặc sản vùng miền", en: "OCOP and regional specialties fair" },
    body: {
      vi: "Hội chợ tại Trung tâm giới thiệu sản phẩm OCOP tỉnh. Trong những ngày hội chợ, mã HOICHO15 giảm 15% cho đơn trực tuyến. (Chương trình mẫu.)",
      en: "A fair at the provincial OCOP showroom. During the fair, the code HOICHO15 takes 15% off online orders. (A sample campaign.)",
    },
    banner: { vi: "Hội chợ OCOP: giảm 15% với mã HOICHO15", en: "OCOP fair: 15% off with the code HOICHO15" },
    featured: ["che-tom-non-hao-dat", "mien-viet-cuong"],
  },
] as const

export async function seedCampaigns(container: Container, productIds: Map<string, string>, now = new Date()): Promise<number> {
  const promotion = container.resolve(Modules.PROMOTION)
  const pages: CampaignPagesModuleService = container.resolve(CAMPAIGN_PAGES_MODULE)
  let created = 0
  for (const demo of DEMO_CAMPAIGNS) {
    if ((await promotion.listCampaigns({ campaign_identifier: [demo.identifier] })).length) continue
    const {
      result: [campaign],
    } = await createCampaignsWorkflow(container).run({
      input: {
        campaignsData: [
          {
            name: demo.name,
            campaign_identifier: demo.identifier,
            starts_at: new Date(now.getTime() + demo.starts * DAY),
            ends_at: new Date(now.getTime() + demo.ends * DAY),
            budget: { type: "usage", limit: demo.uses },
          },
        ],
      },
    })
    if (!campaign) continue
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code: demo.code,
            type: "standard",
            status: "active",
            is_automatic: false,
            campaign_id: campaign.id,
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: demo.percent },
          },
        ],
      },
    })
    await pages.createCampaignPages({
      slug: demo.slug,
      campaign_id: campaign.id,
      title_vi: demo.title.vi,
      title_en: demo.title.en,
      body_vi: demo.body.vi,
      body_en: demo.body.en,
      banner_vi: demo.banner.vi,
      banner_en: demo.banner.en,
      featured_product_ids: demo.featured.flatMap((h) => productIds.get(h) ?? []) as unknown as Record<string, unknown>,
    })
    created++
  }
  return created
}
