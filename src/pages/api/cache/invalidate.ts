import { CACHE_INVALIDATION_SECRET } from "astro:env/server";
import { timingSafeEqual } from "node:crypto";
import type { APIRoute } from "astro";
import { z } from "astro/zod";
import { invalidateCampaigns } from "../../../features/campaigns/campaigns.server.ts";
import { catalogueCache } from "../../../features/catalogue/catalogue.server.ts";
import { invalidateTrace } from "../../../features/trace/trace.server.ts";

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(500) });

/**
 * POST /api/cache/invalidate — the backend's subscribers drop cached catalogue
 * data and rendered pages here when a product, certificate or lot changes. Needs the shared secret
 * (CACHE_INVALIDATION_SECRET, made by `npm start`); without one configured it is off.
 */
export const POST: APIRoute = async ({ request, cache }) => {
  const given = request.headers.get("x-cache-secret") ?? "";
  if (!CACHE_INVALIDATION_SECRET || !sameSecret(given, CACHE_INVALIDATION_SECRET)) {
    return Response.json({ message: "Not allowed: a valid x-cache-secret header is required." }, { status: 403 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ message: 'Send JSON like {"tags": ["catalogue"]}.' }, { status: 400 });
  }
  const { tags } = parsed.data;
  // Rendered pages (features/page-cache) go with the data they were made from.
  if (cache.enabled) await cache.invalidate({ tags });
  return Response.json({ dropped: catalogueCache.invalidate(tags) + invalidateTrace(tags) + invalidateCampaigns(tags) });
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
