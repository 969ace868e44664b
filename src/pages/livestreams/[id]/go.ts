import type { APIRoute } from "astro";
import { watchRedirect } from "../../../features/livestreams/routes.server.ts";
import { visitorOf } from "../../../features/security/attempts.server.ts";

/** The counted "watch" link (features/livestreams/routes.server.ts). */
export const GET: APIRoute = async (context) => (await watchRedirect("vi", context.params.id ?? "", visitorOf(context))) ?? context.rewrite("/404");
