import type { APIRoute } from "astro";
import { cacheControl } from "../../../../features/cache/cache-control.ts";
import { countWatchClick } from "../../../../features/livestreams/livestreams.server.ts";

/**
 * GET /livestreams/:id/go — the public "watch" link: counts the click in the
 * backend, then 302 to the livestream's stored URL (or its replay). Never an
 * open redirect: the target comes from the backend, nothing from the request.
 */
export const GET: APIRoute = async ({ params, rewrite }) => {
  const url = await countWatchClick(params.id ?? "");
  if (url === null) return rewrite("/404");
  return new Response(null, { status: 302, headers: { location: url, "cache-control": cacheControl("private") } });
};
