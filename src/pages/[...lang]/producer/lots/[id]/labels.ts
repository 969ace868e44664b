import type { APIRoute } from "astro";
import { portalFile, producerToken } from "../../../../../features/producer/portal.server.ts";

/** GET /producer/lots/:id/labels?serials=all|…&copies=N — the lot's label sheet (PDF), fetched as the logged-in producer. */
export const GET: APIRoute = async ({ cookies, params, url }) => {
  if (!producerToken(cookies)) return new Response("Log in to the producer portal first.", { status: 401 });
  const query = new URLSearchParams();
  for (const key of ["serials", "copies"]) {
    const value = url.searchParams.get(key);
    if (value) query.set(key, value);
  }
  return await portalFile(cookies, `/producer/lots/${encodeURIComponent(params.id ?? "")}/labels?${query}`);
};
