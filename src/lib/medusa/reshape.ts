import type { HttpTypes } from "@medusajs/types";
import type { Product, ProductVariant } from "../../features/catalogue/product.ts";

/**
 * The one place where Medusa's Store API shapes become ours: components never
 * see a raw Medusa product.
 */
export function reshapeProduct(raw: HttpTypes.StoreProduct): Product {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    subtitle: raw.subtitle ?? null,
    description: raw.description ?? null,
    thumbnail: raw.thumbnail ?? null,
    variants: (raw.variants ?? []).map(reshapeVariant),
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
