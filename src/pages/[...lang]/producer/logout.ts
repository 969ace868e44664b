import type { APIRoute } from "astro";
import { localePath, routeLocale } from "../../../features/i18n/messages.ts";
import { endSession } from "../../../features/session/logout.server.ts";

/** POST /producer/logout — ends the producer's session on the backend and forgets its cookie. */
export const POST: APIRoute = async ({ cookies, params, redirect }) => {
  await endSession(cookies, "producer");
  return redirect(localePath(routeLocale(params.lang) ?? "vi", "/producer/login"), 303);
};
