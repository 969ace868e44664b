import { model } from "@medusajs/framework/utils"

/**
 * The public face of one of Medusa's promotion campaigns (its dates, budget
 * and promotions stay in Medusa's promotion module): a page at
 * /campaigns/{slug} with its story, featured products and a banner shown
 * across the site while the campaign runs.
 */
export const CampaignPage = model.define("campaign_page", {
  id: model.id({ prefix: "cpg" }).primaryKey(),
  slug: model.text().unique(),
  /** The Medusa promotion campaign (promotion module) this page presents. */
  campaign_id: model.text().unique(),
  title_vi: model.text(),
  title_en: model.text(),
  body_vi: model.text(),
  body_en: model.text(),
  banner_vi: model.text(),
  banner_en: model.text(),
  featured_product_ids: model.json(),
})
