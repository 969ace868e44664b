import { PUBLIC_SITE_URL } from "astro:env/server";
import type { APIRoute } from "astro";
import { cacheControl } from "../features/cache/cache-control.ts";
import { listProducts } from "../features/catalogue/catalogue.server.ts";
import { listProducerHandles } from "../features/ocop/producers.server.ts";
import { sitemapPaths, sitemapXml } from "../features/seo/sitemap.ts";

/** GET /sitemap.xml — every product, producer, group and place page in both languages. */
export const GET: APIRoute = async () => {
  try {
    const [products, producerHandles] = await Promise.all([listProducts(), listProducerHandles()]);
    const placeHandles = [...new Set(products.flatMap((p) => (p.ocop?.place ? [p.ocop.place.handle] : [])))];
    const xml = sitemapXml(PUBLIC_SITE_URL, sitemapPaths({ productHandles: products.map((p) => p.handle), producerHandles, placeHandles }));
    return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": cacheControl("catalogue") } });
  } catch (error) {
    console.error("Sitemap: could not load the catalogue", error);
    return new Response("Sitemap temporarily unavailable", { status: 503, headers: { "Cache-Control": cacheControl("private"), "Retry-After": "60" } });
  }
};
