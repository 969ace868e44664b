import type { APIRoute } from "astro";
import { calendarFile } from "../../../features/livestreams/routes.server.ts";

/** The livestream as an .ics file (features/livestreams/routes.server.ts). */
export const GET: APIRoute = async ({ params, rewrite }) => (await calendarFile("vi", params.id ?? "")) ?? rewrite("/404");
