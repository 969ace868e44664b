import { defineMiddleware } from "astro:middleware";
import { compress } from "./features/compression/compression.server.ts";
import { localeOfPath, localePath } from "./features/i18n/messages.ts";
import { discardBody, inspectBody } from "./features/security/body.server.ts";
import { addressHasNul } from "./features/security/body-limits.ts";
import { secured } from "./features/security/headers.server.ts";
import { refusal } from "./features/security/refusal.server.ts";
import { areaOf } from "./features/session/areas.ts";
import { guardArea } from "./features/session/guard.server.ts";
import { wholePage } from "./features/site/whole-page.server.ts";

/**
 * 1. The producer portal, the staff tools and the customer account (and their
 *    /en forms) pass one guard: features/session/guard.server.ts.
 * 2. Astro's router cannot match a resolver path whose decoded form holds a line
 *    break or tab (%0A, %09: its route patterns use "."), so such a scan reaches
 *    the 404 page, which hands it to the resolver (src/pages/404.astro). Astro
 *    gives whatever that page renders a 404; this restores the resolver's status.
 * 3. HTML, JSON and SVG answers go out compressed (br or gzip) when the browser
 *    asks: features/compression. A page the route cache keeps is left as it is:
 *    the cache compresses it once per encoding (features/page-cache).
 * 4. Every answer carries the security headers: features/security.
 * 5. Before any page runs, bad input is refused with a 400 or 413 page in the
 *    user's language (features/security/body.server.ts): a NUL in the address;
 *    a body over its route's limit, one that is not a form where a page
 *    expects one, or a form that cannot be read or holds a NUL.
 * 6. A page that fails half-way through rendering answers a proper 500 page,
 *    never a cut-off 200 (features/site/whole-page.server.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const refused = await refuseBadInput(context.request, context.url);
  if (refused) return secured(refused);
  const area = areaOf(context.url.pathname);
  const response = area ? await guardArea(context, area, next) : await next();
  const status = context.locals.resolverStatus;
  const rendered = status === undefined || status === response.status ? response : new Response(response.body, { status, headers: response.headers });
  const answer = await wholePage(rendered, localeOfPath(context.url.pathname));
  if (context.cache.enabled && (context.cache.options.maxAge ?? 0) > 0) return secured(answer);
  return compress(context.request, secured(answer));
});

async function refuseBadInput(request: Request, url: URL): Promise<Response | null> {
  const locale = localeOfPath(url.pathname);
  const api = url.pathname.startsWith("/api/");
  if (addressHasNul(request.url)) return refusal("nul", { locale, back: localePath(locale, "/"), limit: 0, api });
  // Methods without a body: a resolver's OPTIONS (CORS preflight) is answered by its page.
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  const { rule, problem } = await inspectBody(request, url.pathname);
  if (!problem) return null;
  discardBody(request);
  return refusal(problem, { locale, back: url.pathname, limit: rule.limit, api });
}
