import { MEDUSA_BACKEND_URL, PUBLIC_SITE_URL } from "astro:env/server";
import { pagePolicy, securityHeaders } from "@ocop/core";

/** The security headers (`@ocop/core`) for this storefront's public address; the policy is set per answer. */
const HEADERS = Object.entries(securityHeaders({ https: PUBLIC_SITE_URL.startsWith("https:") })).filter(([name]) => name !== "Content-Security-Policy");
/** Product photos come from the backend's address. */
const IMAGE_ORIGINS = [MEDUSA_BACKEND_URL];

/**
 * Sets them on an answer (src/middleware.ts for rendered answers, the page
 * cache for kept ones, which bypass the middleware). A page's policy is
 * Astro's (scripts and styles by hash: `security.csp` in astro.config.mjs)
 * completed by `pagePolicy`; any other answer may load and run nothing. Files
 * from dist/client are served by server.mjs, which sets nosniff itself.
 */
export function withSecurityHeaders(headers: Headers): Headers {
  for (const [name, value] of HEADERS) if (!headers.has(name)) headers.set(name, value);
  headers.set("Content-Security-Policy", pagePolicy(headers.get("Content-Security-Policy"), { imageOrigins: IMAGE_ORIGINS }));
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
