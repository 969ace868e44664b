import { PRODUCT_GROUPS } from "../ocop/rules.ts";

/** Every public page, in its Vietnamese path; each is listed in both languages. */
export function sitemapPaths(data: { productHandles: string[]; producerHandles: string[]; placeHandles: string[] }): string[] {
  return [
    "/",
    "/products",
    "/about-ocop",
    "/livestreams",
    "/showrooms",
    "/delivery-returns",
    "/privacy",
    "/terms",
    ...PRODUCT_GROUPS.map((g) => `/groups/${g.code}`),
    ...data.placeHandles.map((h) => `/places/${encodeURIComponent(h)}`),
    ...data.productHandles.map((h) => `/products/${encodeURIComponent(h)}`),
    ...data.producerHandles.map((h) => `/producers/${encodeURIComponent(h)}`),
  ];
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A sitemap with each page in Vietnamese and English, linked as alternates (hreflang). */
export function sitemapXml(siteUrl: string, paths: string[]): string {
  const url = (p: string) => escapeXml(new URL(p, siteUrl).href);
  const entries = paths.flatMap((vi) => {
    const en = vi === "/" ? "/en/" : `/en${vi}`;
    const alternates = `<xhtml:link rel="alternate" hreflang="vi" href="${url(vi)}"/><xhtml:link rel="alternate" hreflang="en" href="${url(en)}"/>`;
    return [vi, en].map((p) => `<url><loc>${url(p)}</loc>${alternates}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}
