import type { APIRoute } from "astro";
import { cacheControl } from "../features/cache/cache-control.ts";
import { checkHealth } from "../features/health/health.server.ts";
import { healthHttpStatus } from "../features/health/health.ts";
import { scansWaiting } from "../features/trace/scans.server.ts";

/**
 * GET /health — storefront, backend and database; 503 when one is down. Also
 * how many trace-page views wait to be stored (`scans_waiting`): the first
 * health check after a start is what sets the scan queue going, so a
 * storefront sends what a crashed one left before its first page is asked for.
 */
export const GET: APIRoute = async () => {
  const report = { ...(await checkHealth()), scans_waiting: scansWaiting() };
  return Response.json(report, {
    status: healthHttpStatus(report),
    headers: { "Cache-Control": cacheControl("health") },
  });
};
