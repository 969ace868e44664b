/**
 * The demo OCOP catalogue of Thái Nguyên (after the 2025 merger, which includes
 * former Bắc Kạn). Product, producer and place names follow public sources
 * (shared/OCOP.md); decision numbers, scores, prices, stock and the remaining
 * producers are sample data, and the storefront says so on every page.
 *
 * Certificates are valid for 36 months; with the demo's "today" (2026-11-29)
 * the set shows every status: active, re-certified, expiring soon, expired,
 * revoked, and products that are not OCOP-rated at all.
 */
import type { SeedProduct } from "../ocop-types"
import { productsA } from "./products-a"
import { productsB } from "./products-b"

export { ISSUERS_EN } from "./common"
export { places } from "./places"
export { producers } from "./producers"
export const products: SeedProduct[] = [...productsA, ...productsB]
