import { hasControlCharacters } from "@ocop/core";
import { type Locale, localePath } from "../i18n/messages.ts";

/**
 * The three logged-in areas of the storefront and the few pages of each that
 * anyone may open (logging in, registering, resetting a password, accepting an
 * invitation, logging out). Pure rules; src/middleware.ts applies them.
 */
export type Area = "producer" | "staff" | "account";

const PUBLIC_PAGES: Record<Area, readonly string[]> = {
  producer: ["/login", "/register", "/forgot-password", "/reset-password", "/logout"],
  staff: ["/login", "/logout"],
  account: ["/login", "/register", "/logout"],
};

/** Where a request lands: its area, the language of its path, and whether the page is public. */
export type AreaRequest = { area: Area; locale: Locale; home: string; rest: string; open: boolean };

const AREA_PATH = /^\/(en\/)?(producer|staff|account)(\/[\s\S]*)?$/;

/**
 * The area a path belongs to, or null for the rest of the site. Only the
 * site's languages count (none for Vietnamese, /en): under any other prefix
 * the pages find no session and answer 404.
 */
export function areaOf(pathname: string): AreaRequest | null {
  const match = AREA_PATH.exec(pathname);
  if (!match) return null;
  const [, prefix, area, tail] = match as unknown as [string, string | undefined, Area, string | undefined];
  const locale: Locale = prefix ? "en" : "vi";
  const rest = (tail ?? "").replace(/\/+$/, "");
  return { area, locale, home: localePath(locale, `/${area}`), rest, open: PUBLIC_PAGES[area].includes(rest) };
}

/** The area's login page, with where to return afterwards and, when the backend refused the session, a notice saying so. */
export function loginPath(request: Pick<AreaRequest, "area" | "locale">, next: string, ended: boolean): string {
  const query = new URLSearchParams({ next });
  if (ended) query.set("ended", "1");
  return `${localePath(request.locale, `/${request.area}/login`)}?${query}`;
}

/**
 * A path to return to after logging in: only a same-site path starting with a
 * single "/" — never "//host", "/\host" (browsers read "\" as "/"), a scheme,
 * or anything with a control character or a space.
 */
export function safeNext(value: string | null | undefined, fallback: string): string {
  if (!value || !/^\/(?![/\\])[^\\\s]*$/.test(value) || hasControlCharacters(value)) return fallback;
  const base = "http://same.site";
  return new URL(value, base).origin === base ? value : fallback;
}
