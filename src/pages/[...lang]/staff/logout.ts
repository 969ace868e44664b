import type { APIRoute } from "astro";
import { localePath, routeLocale } from "../../../features/i18n/messages.ts";
import { staffLogOut } from "../../../features/staff/session.server.ts";

/** POST /staff/logout — forgets the staff session cookie. */
export const POST: APIRoute = ({ cookies, params, redirect }) => {
  staffLogOut(cookies);
  return redirect(localePath(routeLocale(params.lang) ?? "vi", "/staff/login"), 303);
};
