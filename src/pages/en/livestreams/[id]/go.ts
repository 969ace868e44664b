import type { APIRoute } from "astro";
import { watchRedirect } from "../../../../features/livestreams/routes.server.ts";

/** The counted "watch" link (features/livestreams/routes.server.ts). */
export const GET: APIRoute = async ({ params, rewrite }) => (await watchRedirect(params.id ?? "")) ?? rewrite("/404");
