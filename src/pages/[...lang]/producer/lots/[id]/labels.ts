import { LABEL_FORMATS, type LabelFormat } from "@ocop/core";
import type { APIRoute } from "astro";
import { retrieveLotLabels } from "../../../../../lib/medusa/producer.server.ts";

/** GET /producer/lots/:id/labels?serials=all|…&copies=N&format=a4|thermal — the lot's labels (PDF), fetched as the logged-in producer. */
export const GET: APIRoute = async ({ locals, params, url }) => {
  if (!locals.producer) return new Response("Not found", { status: 404 });
  const serials = url.searchParams.get("serials") || undefined;
  const copies = url.searchParams.get("copies") || undefined;
  const asked = url.searchParams.get("format");
  const format = LABEL_FORMATS.find((f) => f === asked) satisfies LabelFormat | undefined;
  return await retrieveLotLabels(locals.producer.token, params.id ?? "", { serials, copies, format });
};
