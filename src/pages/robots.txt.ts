import { PUBLIC_SITE_URL } from "astro:env/server";
import type { APIRoute } from "astro";
import { cacheControl } from "../features/cache/cache-control.ts";

/** GET /robots.txt — everything may be crawled except health; the sitemap on the configured domain. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /health\n\nSitemap: ${new URL("/sitemap.xml", PUBLIC_SITE_URL).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControl("catalogue") },
  });
