import type { APIRoute } from "astro";
import { localePath, routeLocale } from "../../../features/i18n/messages.ts";
import { endSession } from "../../../features/session/logout.server.ts";

/** POST /account/logout — ends the session on the backend and forgets its cookie (a POST, so a link prefetch cannot log anyone out). */
export const POST: APIRoute = async ({ cookies, params, redirect }) => {
  await endSession(cookies, "account");
  return redirect(localePath(routeLocale(params.lang) ?? "vi", "/"), 303);
};
