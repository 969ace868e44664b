import { model } from "@medusajs/framework/utils"
import { PLATFORMS } from "@ocop/core"

/**
 * A livestream sale the trade department promotes: where it runs (a page on a
 * social or shopping platform), who hosts it, its live window, the OCOP
 * products it features and, afterwards, its replay. `click_count` counts the
 * storefront's "watch" links followed (see the service's countClick).
 */
export const Livestream = model
  .define("livestream", {
    id: model.id({ prefix: "lstr" }).primaryKey(),
    /** URL-safe name, used in share links' utm_campaign (livestream-<slug>). */
    slug: model.text(),
    title_vi: model.text(),
    title_en: model.text().nullable(),
    platform: model.enum([...PLATFORMS]),
    /** The stream's https page on its platform (the host matches the platform). */
    url: model.text(),
    host: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** Medusa product ids, checked to exist when written; a deleted product is skipped when read. */
    product_ids: model.array(),
    replay_url: model.text().nullable(),
    click_count: model.number().default(0),
  })
  .indexes([{ on: ["slug"], unique: true }])
