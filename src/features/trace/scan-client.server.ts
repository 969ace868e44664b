import { REDIS_URL, TRACE_PAGE_RATE_PER_MINUTE, TRACE_REGION_HEADER, TRACE_SCAN_SECRET, TRUSTED_PROXIES } from "astro:env/server";
import { createHmac } from "node:crypto";
import { clientAddress, fromTrustedProxy, isAutomated, RequestLimiter, trustedProxies } from "@ocop/core/security";
import { type Locale, t } from "../i18n/messages.ts";
import { withSecurityHeaders } from "../security/headers.server.ts";
import { plainPage } from "../site/plain-page.ts";

const trusted = trustedProxies(TRUSTED_PROXIES);
const pages = new RequestLimiter("storefront:trace-pages", { requests: TRACE_PAGE_RATE_PER_MINUTE, windowSeconds: 60 }, { redisUrl: REDIS_URL });

/** Who a view of a trace page is from, as a scan may record it. */
export type ScanClient = {
  /** A keyed hash of the client's address (HMAC with TRACE_SCAN_SECRET): the same client gives the same value, and it cannot be turned back into the address. */
  client: string | undefined;
  /** The region the trusted proxy reported in TRACE_REGION_HEADER; never read from anyone else. */
  region: string | undefined;
  /** A crawler, a script or a request without a User-Agent: stored, never counted. */
  bot: boolean;
};

/**
 * The connection's address as the Node adapter gave it (Astro's
 * clientAddress, the socket's while no `security.allowedDomains` is set); the
 * page cache sees only the request, so it is read from there.
 */
function remoteOf(request: Request): string | undefined {
  const remote: unknown = Reflect.get(request, Symbol.for("astro.clientAddress"));
  return typeof remote === "string" ? remote : undefined;
}

/** The client's address under the trusted-proxy rule (TRUSTED_PROXIES), or undefined when the connection's is unknown. */
function addressOf(request: Request): string | undefined {
  const remote = remoteOf(request);
  return remote === undefined ? undefined : clientAddress(remote, request.headers.get("x-forwarded-for"), trusted);
}

export function scanClient(request: Request): ScanClient {
  const remote = remoteOf(request);
  const address = addressOf(request);
  const header = TRACE_REGION_HEADER?.trim().toLowerCase();
  const region = header && remote !== undefined && fromTrustedProxy(remote, trusted) ? request.headers.get(header)?.trim().slice(0, 64) : undefined;
  return {
    client: address && TRACE_SCAN_SECRET ? createHmac("sha256", TRACE_SCAN_SECRET).update(address).digest("base64url").slice(0, 22) : undefined,
    region: region || undefined,
    bot: isAutomated(request.headers.get("user-agent")),
  };
}

/**
 * Whether a request for a trace page (any method) is over its client's
 * TRACE_PAGE_RATE_PER_MINUTE: a 429 page in the user's language, or null.
 */
export async function tracePageRefusal(request: Request, locale: Locale): Promise<Response | null> {
  const address = addressOf(request);
  if (!address) return null;
  const wait = await pages.take(`client:${address}`);
  if (wait === 0) return null;
  const message = t(locale, "security.tooManyRequests", { seconds: wait });
  const page = plainPage({
    locale,
    status: 429,
    title: t(locale, "trace.tooManyTitle"),
    message,
    link: { href: locale === "en" ? "/en" : "/", text: t(locale, "request.home") },
    headers: { "Retry-After": String(wait) },
  });
  return new Response(request.method === "HEAD" ? null : page.body, { status: 429, headers: withSecurityHeaders(new Headers(page.headers)) });
}
