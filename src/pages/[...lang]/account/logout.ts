import type { APIRoute } from "astro";
import { logOut } from "../../../features/account/session.server.ts";
import { localePath, routeLocale } from "../../../features/i18n/messages.ts";

/** POST /account/logout — forgets the session cookie (a POST, so a link prefetch cannot log anyone out). */
export const POST: APIRoute = ({ cookies, params, redirect }) => {
  logOut(cookies);
  return redirect(localePath(routeLocale(params.lang) ?? "vi", "/"), 303);
};
