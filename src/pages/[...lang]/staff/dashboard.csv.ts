import type { APIRoute } from "astro";
import { readPeriod } from "../../../features/program/program.ts";
import { retrieveProgramDashboardCsv } from "../../../lib/medusa/admin.server.ts";

/** GET /staff/dashboard.csv[?from=&to=] — the program dashboard as CSV, for staff only (the guard in src/middleware.ts sees to that). */
export const GET: APIRoute = async ({ locals, url }) => {
  if (!locals.staff) return new Response("Not found", { status: 404 });
  const { period, problems } = readPeriod(url.searchParams);
  if (problems.length > 0) return new Response(`Invalid period: ${problems.join("; ")}`, { status: 400, headers: { "cache-control": "private, no-store" } });
  return retrieveProgramDashboardCsv(locals.staff.token, period);
};
