import { type Product, productDescription, productTitle } from "../catalogue/product.ts";
import type { Locale } from "../i18n/messages.ts";

/**
 * schema.org Product for a product page: offers in VND per variant with
 * availability. Certificates appear only while valid (hasCertification).
 */
export function productJsonLd(product: Product, locale: Locale, pageUrl: string): Record<string, unknown> {
  const ocop = product.ocop;
  const cert = ocop?.certificate;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: productTitle(product, locale),
    description: productDescription(product, locale) ?? undefined,
    url: pageUrl,
    sku: product.variants[0]?.sku ?? undefined,
    brand: ocop?.producer ? { "@type": "Organization", name: ocop.producer.legalName } : undefined,
    category: ocop?.productSet.name[locale],
    hasCertification:
      ocop?.markStars && cert
        ? {
            "@type": "Certification",
            name: `OCOP ${cert.stars}★`,
            identifier: cert.decisionNumber,
            issuedBy: { "@type": "Organization", name: cert.issuer },
            validFrom: cert.decisionDate.toISOString().slice(0, 10),
            expires: cert.expiresAt.toISOString().slice(0, 10),
          }
        : undefined,
    offers: product.variants
      .filter((v) => v.priceVnd !== null)
      .map((v) => ({
        "@type": "Offer",
        name: v.title,
        sku: v.sku ?? undefined,
        price: v.priceVnd,
        priceCurrency: "VND",
        availability: v.inStock === 0 ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
        url: pageUrl,
      })),
  };
}

/** JSON for a <script> element: "<" escaped so text in a product cannot close the element. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
