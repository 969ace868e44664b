import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFIED_STARS, PRODUCT_GROUPS, PRODUCT_SETS, STAR_BANDS, type StoreTaxonomyResponse, VALIDITY_MONTHS } from "@ocop/core"

/** GET /store/ocop/taxonomy — the 6 groups, 26 product sets and the star bands, in both languages. */
export async function GET(_req: MedusaRequest, res: MedusaResponse<StoreTaxonomyResponse>) {
  res.json({
    groups: PRODUCT_GROUPS,
    product_sets: PRODUCT_SETS,
    star_bands: STAR_BANDS,
    certified_stars: CERTIFIED_STARS,
    validity_months: VALIDITY_MONTHS,
  })
}
