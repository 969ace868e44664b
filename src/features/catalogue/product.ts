import type { LocalText } from "../i18n/local-text.ts";
import type { Locale } from "../i18n/messages.ts";
import { hasVietnamese } from "../i18n/vietnamese.ts";
import type { OcopFacet } from "../ocop/ocop.ts";

/** A product as the storefront knows it, whatever the backend's shapes are. */
export type Product = {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  thumbnail: string | null;
  createdAt: Date | null;
  /** In the trade department's featured collection. */
  featured: boolean;
  variants: ProductVariant[];
  /** The product's OCOP record; null for a product outside the program. */
  ocop: OcopFacet | null;
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

/** The product's name in a language (English from its OCOP record when there is one). */
export function productTitle(product: Product, locale: Locale): string {
  return locale === "en" && product.ocop?.titleEn ? product.ocop.titleEn : product.title;
}

/** The product's description in a language. */
export function productDescription(product: Product, locale: Locale): string | null {
  return locale === "en" && product.ocop?.descriptionEn ? product.ocop.descriptionEn : product.description;
}

/** The product's name in both languages, for pages that mark the Vietnamese one on /en. */
export function productText(product: Pick<Product, "title" | "ocop"> | undefined, title: string = product?.title ?? ""): LocalText {
  return { vi: title, en: product?.ocop?.titleEn };
}

/**
 * A variant's title in both languages: its English from the OCOP record, or
 * the title itself when it has no words to translate ("100 g", "30 × 180 cm").
 */
export function variantText(product: Pick<Product, "ocop"> | undefined, title: string): LocalText {
  return { vi: title, en: product?.ocop?.variantTitlesEn[title] ?? (hasVietnamese(title) ? null : title) };
}

/** Units on hand over all tracked variants; null when no variant tracks stock. */
export function totalStock(product: Product): number | null {
  const tracked = product.variants.map((v) => v.inStock).filter((n): n is number => n !== null);
  return tracked.length === 0 ? null : tracked.reduce((a, b) => a + b, 0);
}
