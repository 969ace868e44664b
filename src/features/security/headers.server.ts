import { PUBLIC_SITE_URL } from "astro:env/server";
import { securityHeaders } from "@ocop/core";

/** The security headers (`@ocop/core`) for this storefront's public address. */
const HEADERS = Object.entries(securityHeaders({ https: PUBLIC_SITE_URL.startsWith("https:") }));

/**
 * Sets them on an answer (src/middleware.ts for rendered answers, the page
 * cache for kept ones, which bypass the middleware). Files from dist/client
 * are served by server.mjs, which sets nosniff itself.
 */
export function withSecurityHeaders(headers: Headers): Headers {
  for (const [name, value] of HEADERS) if (!headers.has(name)) headers.set(name, value);
  return headers;
}

/** `response` with the security headers, copied into a new answer when its headers cannot be changed (a redirect's). */
export function secured(response: Response): Response {
  try {
    withSecurityHeaders(response.headers);
    return response;
  } catch {
    const headers = withSecurityHeaders(new Headers(response.headers));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
