import type { APIRoute } from "astro";
import { cacheControl } from "../features/cache/cache-control.ts";
import { checkHealth } from "../features/health/health.server.ts";
import { healthHttpStatus } from "../features/health/health.ts";

/** GET /health — storefront, backend and database; 503 when one is down. */
export const GET: APIRoute = async () => {
  const report = await checkHealth();
  return Response.json(report, {
    status: healthHttpStatus(report),
    headers: { "Cache-Control": cacheControl("health") },
  });
};
