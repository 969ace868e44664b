import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { StoreSiteResponse } from "@ocop/core"

/**
 * GET /store/site — facts about the shop the storefront shows on every page:
 * its name and whether the catalogue is the seeded demo (sample data).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreSiteResponse>) {
  const storeService = req.scope.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { select: ["name", "metadata"] })
  res.json({
    site: {
      name: store?.name ?? "OCOP",
      demo_data: store?.metadata?.ocop_demo_data === true,
    },
  })
}
