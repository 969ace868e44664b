import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreLivestreamsResponse } from "@ocop/core"
import { LIVESTREAMS_MODULE } from "../../../modules/livestreams"
import type LivestreamsModuleService from "../../../modules/livestreams/service"
import { productSummaries } from "../../problems"
import { iso } from "../contract"

const PUBLIC_FIELDS = ["id", "slug", "title_vi", "title_en", "platform", "url", "host", "starts_at", "ends_at", "product_ids", "replay_url", "updated_at"] as const

/**
 * GET /store/livestreams — every livestream (upcoming, live, ended) with its
 * featured published products' handles and titles; the storefront sorts them by
 * phase at each request. Click counts are for staff only.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreLivestreamsResponse>) {
  const service: LivestreamsModuleService = req.scope.resolve(LIVESTREAMS_MODULE)
  const livestreams = await service.listLivestreams({}, { select: [...PUBLIC_FIELDS], order: { starts_at: "ASC" }, take: 500 })
  const products = await productSummaries(req.scope, [...new Set(livestreams.flatMap((l) => l.product_ids))])
  const published = new Map(products.filter((p) => p.status === "published").map((p) => [p.id, { id: p.id, handle: p.handle, title: p.title }]))
  res.json({
    livestreams: livestreams.map((l) => ({
      id: l.id,
      slug: l.slug,
      title_vi: l.title_vi,
      title_en: l.title_en,
      platform: l.platform,
      url: l.url,
      host: l.host,
      starts_at: iso(l.starts_at),
      ends_at: iso(l.ends_at),
      replay_url: l.replay_url,
      products: l.product_ids.flatMap((id) => published.get(id) ?? []),
      updated_at: iso(l.updated_at),
    })),
  })
}
