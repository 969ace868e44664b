import type { APIRoute } from "astro";
import { localePath, routeLocale } from "../../../features/i18n/messages.ts";
import { endSession } from "../../../features/session/logout.server.ts";

/** POST /staff/logout — ends the staff session on the backend and forgets its cookie. */
export const POST: APIRoute = async ({ cookies, params, redirect }) => {
  await endSession(cookies, "staff");
  return redirect(localePath(routeLocale(params.lang) ?? "vi", "/staff/login"), 303);
};
