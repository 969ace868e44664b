/** A product as the storefront knows it, whatever the backend's shapes are. */
export type Product = {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  thumbnail: string | null;
  variants: ProductVariant[];
};

export type ProductVariant = {
  id: string;
  title: string;
  sku: string | null;
  /** Whole đồng; null when the variant has no price in the shop's region. */
  priceVnd: number | null;
  /** Units on hand, or null when stock is not tracked for this variant. */
  inStock: number | null;
};

/** The lowest price among a product's variants, for "from …" labels. */
export function lowestPrice(product: Product): number | null {
  const prices = product.variants.map((v) => v.priceVnd).filter((p): p is number => p !== null);
  return prices.length === 0 ? null : Math.min(...prices);
}
