import type { APIRoute } from "astro";
import { retrieveLotLabels } from "../../../../../lib/medusa/producer.server.ts";

/** GET /producer/lots/:id/labels?serials=all|…&copies=N — the lot's label sheet (PDF), fetched as the logged-in producer. */
export const GET: APIRoute = async ({ locals, params, url }) => {
  if (!locals.producer) return new Response("Not found", { status: 404 });
  const serials = url.searchParams.get("serials") || undefined;
  const copies = url.searchParams.get("copies") || undefined;
  return await retrieveLotLabels(locals.producer.token, params.id ?? "", { serials, copies });
};
