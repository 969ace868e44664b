import type { APIRoute } from "astro";
import { localePath, routeLocale } from "../../../features/i18n/messages.ts";
import { forgetProducer } from "../../../features/producer/portal.server.ts";

/** POST /producer/logout — forgets the producer's session cookie. */
export const POST: APIRoute = ({ cookies, params, redirect }) => {
  forgetProducer(cookies);
  return redirect(localePath(routeLocale(params.lang) ?? "vi", "/producer/login"), 303);
};
