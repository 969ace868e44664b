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
    variants: (raw.variants ?? []).map(reshapeVariant),
    ocop: reshapeOcop(ocop, now),
  };
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
