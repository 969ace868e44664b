import { communesOf, findProvince } from "@ocop/core";
import type { APIRoute } from "astro";

/**
 * GET /api/address/communes?province=Thái Nguyên — the communes, wards and
 * special zones of one province, for the checkout's commune list: a page
 * carries only its province's, not all 3,321. The list changes only with a
 * new release, so caches may keep it for a day.
 */
export const GET: APIRoute = ({ url }) => {
  const province = findProvince((url.searchParams.get("province") ?? "").slice(0, 120));
  if (!province) return Response.json({ communes: [] }, { status: 400, headers: { "Cache-Control": "public, max-age=86400" } });
  const communes = communesOf(province).map((c) => c.name);
  return Response.json({ province: province.name, communes }, { headers: { "Cache-Control": "public, max-age=86400" } });
};
