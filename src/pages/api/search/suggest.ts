import type { APIRoute } from "astro";
import { z } from "astro/zod";
import { cacheControl } from "../../../features/cache/cache-control.ts";
import { localePath } from "../../../features/i18n/messages.ts";
import { searchProducts } from "../../../features/search/search.server.ts";

const query = z.object({ q: z.string().trim().min(1).max(100), lang: z.enum(["vi", "en"]).default("vi") });

/** GET /api/search/suggest?q=…&lang=vi — typeahead: up to 6 products, the last word read as a prefix. */
export const GET: APIRoute = async ({ url }) => {
  const parsed = query.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return Response.json({ suggestions: [] }, { status: 400 });
  const { q, lang } = parsed.data;
  try {
    const result = await searchProducts({ q, sort: "relevance", page: 1 }, { limit: 6, prefix: true });
    const suggestions = result.hits.map((hit) => ({
      title: lang === "en" ? hit.title_en : hit.title,
      url: localePath(lang, `/products/${hit.handle}`),
    }));
    return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } });
  } catch {
    return Response.json({ suggestions: [], unavailable: true }, { status: 503, headers: { "Cache-Control": cacheControl("private") } });
  }
};
