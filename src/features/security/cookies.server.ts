import { PUBLIC_SITE_URL } from "astro:env/server";

/**
 * Whether the cookies set on this request must be `Secure`: the public site
 * is https, the request came over https, or the proxy in front says it did
 * (`X-Forwarded-Proto`, the first hop's). The header is believed from anyone:
 * it can only add `Secure`, and a client that lies about it only keeps its own
 * cookies from coming back over plain http.
 */
export function secureCookies(request: Request, url: URL): boolean {
  if (PUBLIC_SITE_URL.startsWith("https:") || url.protocol === "https:") return true;
  return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
