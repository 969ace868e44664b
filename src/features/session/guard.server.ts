import type { APIContext, MiddlewareNext } from "astro";
import { retrieveStaffUser } from "../../lib/medusa/admin.server.ts";
import { SessionRefused } from "../../lib/medusa/bearer.server.ts";
import { retrieveProducerMe } from "../../lib/medusa/producer.server.ts";
import { retrieveCustomer, SESSION_COOKIE } from "../account/session.server.ts";
import { cacheControl } from "../cache/cache-control.ts";
import { PRODUCER_COOKIE } from "../producer/portal.server.ts";
import { STAFF_COOKIE } from "../staff/session.server.ts";
import { type Area, type AreaRequest, loginPath } from "./areas.ts";

/** The cookie holding each area's session token. */
export const AREA_COOKIES: Record<Area, string> = { producer: PRODUCER_COOKIE, staff: STAFF_COOKIE, account: SESSION_COOKIE };

/**
 * The one guard of the producer portal, the staff tools and the customer
 * account. Without a session cookie: the area's login, then back here. With
 * one, the backend is asked who it is (Astro.locals.producer / staff /
 * customer). Whenever the backend refuses the session — here or in any call a
 * page makes (SessionRefused) — the cookie is cleared and the person goes to
 * the login with the return path and a notice that the session ended.
 */
export async function guardArea(context: APIContext, request: AreaRequest, next: MiddlewareNext): Promise<Response> {
  context.locals.portal = { area: request.area, locale: request.locale };
  const cookie = AREA_COOKIES[request.area];
  // After a refused form post, come back to the page that showed the form.
  const back = context.request.method === "GET" ? `${context.url.pathname}${context.url.search}` : context.url.pathname;
  const toLogin = (ended: boolean) => context.redirect(loginPath(request, back, ended), 303);
  try {
    if (request.open) return privately(await next());
    const token = context.cookies.get(cookie)?.value;
    if (!token) return privately(toLogin(false));
    const elsewhere = await identify(context, request, token);
    return privately(elsewhere ?? (await next()));
  } catch (error) {
    if (!(error instanceof SessionRefused)) throw error;
    context.cookies.delete(cookie, { path: "/" });
    return privately(toLogin(true));
  }
}

/** Puts who is logged in into Astro.locals; a response when the person belongs elsewhere (a pending producer: the portal's home). */
async function identify(context: APIContext, request: AreaRequest, token: string): Promise<Response | undefined> {
  const { locale } = request;
  if (request.area === "producer") {
    const me = await retrieveProducerMe(token);
    context.locals.producer = { locale, token, me };
    // A pending account may only see its home, which says it waits for approval (every other route would answer 403).
    if (me.user.status !== "active" && request.rest !== "") return context.redirect(request.home, 303);
  } else if (request.area === "staff") {
    context.locals.staff = { locale, token, user: await retrieveStaffUser(token) };
  } else {
    context.locals.customer = { locale, token, customer: await retrieveCustomer(token) };
  }
  return undefined;
}

function privately(response: Response): Response {
  if (!response.headers.has("cache-control")) response.headers.set("cache-control", cacheControl("private"));
  return response;
}
