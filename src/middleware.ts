import { defineMiddleware } from "astro:middleware";
import { compress } from "./features/compression/compression.server.ts";
import { secured } from "./features/security/headers.server.ts";
import { areaOf } from "./features/session/areas.ts";
import { guardArea } from "./features/session/guard.server.ts";

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
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const area = areaOf(context.url.pathname);
  const response = area ? await guardArea(context, area, next) : await next();
  const status = context.locals.resolverStatus;
  const answer = status === undefined || status === response.status ? response : new Response(response.body, { status, headers: response.headers });
  if (context.cache.enabled && (context.cache.options.maxAge ?? 0) > 0) return secured(answer);
  return compress(context.request, secured(answer));
});
