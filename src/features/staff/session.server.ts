import type { AstroCookies, AstroGlobal } from "astro";
import { FetchError } from "@medusajs/js-sdk";
import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { sdk } from "../../lib/medusa/sdk.server.ts";
import { cacheControl } from "../cache/cache-control.ts";
import { type Locale, localePath, routeLocale } from "../i18n/messages.ts";

/**
 * Trade-department staff on the storefront's /staff pages: Medusa admin users
 * (the same logins as the Medusa Admin), their token in an httpOnly cookie and
 * sent per request to the Admin API, never kept by the shared SDK client.
 */
export const STAFF_COOKIE = "ocop_staff";

export function staffToken(cookies: AstroCookies): string | undefined {
  return cookies.get(STAFF_COOKIE)?.value || undefined;
}

export async function staffLogIn(cookies: AstroCookies, email: string, password: string, secure: boolean): Promise<boolean> {
  try {
    const { token } = await sdk.client.fetch<{ token: string }>("/auth/user/emailpass", { method: "POST", body: { email, password } });
    cookies.set(STAFF_COOKIE, token, { path: "/", httpOnly: true, sameSite: "strict", secure, maxAge: 60 * 60 * 24 });
    return true;
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) return false;
    throw error;
  }
}

export function staffLogOut(cookies: AstroCookies) {
  cookies.delete(STAFF_COOKIE, { path: "/" });
}

/** A call to the Admin API as the logged-in staff member. Throws FetchError as the SDK does. */
export async function staffApi<T>(cookies: AstroCookies, path: string, init: { method?: string; body?: Record<string, unknown> } = {}): Promise<T> {
  return await sdk.client.fetch<T>(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    ...(init.body === undefined ? {} : { body: init.body }),
    headers: { Authorization: `Bearer ${staffToken(cookies) ?? ""}` },
  });
}

/** A non-JSON Admin API answer (CSV, PDF) as the staff member, passed through. */
export async function staffFile(cookies: AstroCookies, path: string): Promise<Response> {
  const response = await fetch(new URL(path, MEDUSA_BACKEND_URL), { headers: { authorization: `Bearer ${staffToken(cookies) ?? ""}` } });
  const headers = new Headers({ "content-type": response.headers.get("content-type") ?? "application/octet-stream", "cache-control": "private, no-store" });
  const disposition = response.headers.get("content-disposition");
  if (disposition) headers.set("content-disposition", disposition);
  return new Response(response.body, { status: response.status, headers });
}

/**
 * Every /staff page: its locale, private caching, and a staff login — without
 * one, the login form (and back here afterwards).
 */
export function staffContext(astro: AstroGlobal, options: { public?: boolean } = {}): { locale: Locale } | Response {
  const locale = routeLocale(astro.params.lang);
  if (locale === null) return new Response("Not found", { status: 404 });
  astro.response.headers.set("Cache-Control", cacheControl("private"));
  if (!options.public && !staffToken(astro.cookies)) {
    return astro.redirect(`${localePath(locale, "/staff/login")}?next=${encodeURIComponent(astro.url.pathname)}`, 303);
  }
  return { locale };
}
