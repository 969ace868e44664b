import type { APIRoute } from "astro";
import { routeLocale } from "../../../features/i18n/messages.ts";
import { periodQuery, readPeriod } from "../../../features/program/program.ts";
import { staffFile, staffToken } from "../../../features/staff/session.server.ts";

/** GET /staff/dashboard.csv[?from=&to=] — the program dashboard as CSV, for staff only. */
export const GET: APIRoute = async ({ cookies, params, url }) => {
  if (routeLocale(params.lang) === null) return new Response("Not found", { status: 404 });
  if (!staffToken(cookies)) return new Response("Log in at /staff/login first.", { status: 401, headers: { "cache-control": "private, no-store" } });
  const { period, problems } = readPeriod(url.searchParams);
  if (problems.length > 0) return new Response(`Invalid period: ${problems.join("; ")}`, { status: 400, headers: { "cache-control": "private, no-store" } });
  const query = periodQuery(period);
  return staffFile(cookies, `/admin/ocop/dashboard${query ? `${query}&` : "?"}format=csv`);
};
