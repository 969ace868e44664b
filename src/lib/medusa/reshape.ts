import type { HttpTypes } from "@medusajs/types";
import type { Product, ProductVariant } from "../../features/catalogue/product.ts";
import { type RawOcopProduct, reshapeOcop } from "./reshape-ocop.ts";

/** Handle of the collection the trade department features (seeded as "Sản phẩm nổi bật"). */
const FEATURED_COLLECTION = "noi-bat";

/**
 * The one place where Medusa's Store API shapes become ours: components never
 * see a raw Medusa product. `ocop` is the product's record from /store/ocop/products.
 */
export function reshapeProduct(raw: HttpTypes.StoreProduct, ocop?: RawOcopProduct | null, now = new Date()): Product {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    subtitle: raw.subtitle ?? null,
    description: raw.description ?? null,
    thumbnail: raw.thumbnail ?? null,
    createdAt: raw.created_at ? new Date(raw.created_at) : null,
    featured: raw.collection?.handle === FEATURED_COLLECTION,
    variants: inRankOrder(raw.variants ?? []),
    ocop: reshapeOcop(ocop, now),
  };
}

/**
 * Variants in a fixed order: Medusa's variant_rank first (the seed and the
 * Admin leave it 0 for all), then the cheapest, then by title. The Store API
 * returns them in whatever order Postgres reads them, which changes when a
 * row is rewritten, and the first is the one the product page offers first.
 */
function inRankOrder(variants: HttpTypes.StoreProductVariant[]): ProductVariant[] {
  const rank = new Map(variants.map((v) => [v.id, v.variant_rank ?? 0]));
  const price = (v: ProductVariant) => v.priceVnd ?? Number.POSITIVE_INFINITY;
  return variants
    .map(reshapeVariant)
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || price(a) - price(b) || a.title.localeCompare(b.title, "vi", { numeric: true }));
}

function reshapeVariant(raw: HttpTypes.StoreProductVariant): ProductVariant {
  const amount = raw.calculated_price?.calculated_amount;
  return {
    id: raw.id,
    title: raw.title ?? "",
    sku: raw.sku ?? null,
    priceVnd: typeof amount === "number" ? amount : null,
    inStock: raw.manage_inventory ? (raw.inventory_quantity ?? 0) : null,
  };
}
