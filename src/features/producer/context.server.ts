import type { AstroGlobal } from "astro";
import { cacheControl } from "../cache/cache-control.ts";
import { type Locale, localePath, routeLocale } from "../i18n/messages.ts";
import { producerToken } from "./portal.server.ts";

/**
 * Every portal page: its locale, private caching, and a login — without one
 * the page sends the producer to the login form and back afterwards.
 */
export function portalContext(astro: AstroGlobal, options: { public?: boolean } = {}): { locale: Locale } | Response {
  const locale = routeLocale(astro.params.lang);
  if (locale === null) return new Response("Not found", { status: 404 });
  astro.response.headers.set("Cache-Control", cacheControl("private"));
  if (!options.public && !producerToken(astro.cookies)) {
    const back = encodeURIComponent(astro.url.pathname);
    return astro.redirect(`${localePath(locale, "/producer/login")}?next=${back}`, 303);
  }
  return { locale };
}

/** A same-site path to return to after logging in (never another site). */
export function safeNext(value: string | null, fallback: string): string {
  return value && /^\/(?!\/)[\w\-/.%]*$/.test(value) ? value : fallback;
}
