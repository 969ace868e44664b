import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreShowroomsResponse } from "@ocop/core"
import { SHOWROOMS_MODULE } from "../../../modules/showrooms"
import type ShowroomsModuleService from "../../../modules/showrooms/service"
import { productSummaries } from "../../problems"

/**
 * GET /store/showrooms — showrooms and points of sale with the published
 * products they stock (id, handle, title). `sample` marks demo data.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreShowroomsResponse>) {
  const service: ShowroomsModuleService = req.scope.resolve(SHOWROOMS_MODULE)
  const showrooms = await service.listShowrooms({}, { order: { name: "ASC" }, take: 500 })
  const products = await productSummaries(req.scope, [...new Set(showrooms.flatMap((s) => s.product_ids))])
  const published = new Map(products.filter((p) => p.status === "published").map((p) => [p.id, { id: p.id, handle: p.handle, title: p.title }]))
  res.json({
    showrooms: showrooms.map(({ product_ids, created_at: _c, updated_at: _u, deleted_at: _d, ...s }) => ({
      ...s,
      products: product_ids.flatMap((id) => published.get(id) ?? []),
    })),
  })
}
