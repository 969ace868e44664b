import { RATE_LIMIT_CLICKS_PER_MINUTE, RATE_LIMIT_FAILURES, RATE_LIMIT_WINDOW_MINUTES, REDIS_URL, TRUSTED_PROXIES } from "astro:env/server";
import { AttemptLimiter, clientAddress, RequestLimiter, trustedProxies, waitMinutes } from "@ocop/core/security";
import { TooManyAttempts, type Visitor } from "./attempts.ts";

const trusted = trustedProxies(TRUSTED_PROXIES);
const store = { redisUrl: REDIS_URL };
const failures = new AttemptLimiter("storefront:sign-in", { failures: RATE_LIMIT_FAILURES, windowSeconds: RATE_LIMIT_WINDOW_MINUTES * 60 }, store);
const clicks = new RequestLimiter("storefront:clicks", { requests: RATE_LIMIT_CLICKS_PER_MINUTE, windowSeconds: 60 }, store);

/** Seconds the visitor must wait before following another livestream link: 0 within RATE_LIMIT_CLICKS_PER_MINUTE. */
export function clickWait(visitor: Visitor): Promise<number> {
  return clicks.take(`client:${visitor.address}`);
}

/**
 * The visitor behind a request: the connection's address (Astro's
 * clientAddress, the socket's while no `security.allowedDomains` is set), or
 * what a trusted proxy in front forwarded for (TRUSTED_PROXIES).
 */
export function visitorOf(context: { request: Request; clientAddress: string }): Visitor {
  return {
    address: clientAddress(context.clientAddress, context.request.headers.get("x-forwarded-for"), trusted),
    userAgent: context.request.headers.get("user-agent"),
  };
}

/**
 * Runs one sign-in step (logging in, registering, asking for or using a reset
 * link, accepting an invitation) under the limits on failures per e-mail and
 * per visitor: `{ waitMinutes }` when refused, here or by the backend, else
 * whether the step succeeded. A step that did not succeed counts against both;
 * one that did, never.
 */
export async function underLimits(visitor: Visitor, email: string, step: () => Promise<boolean>): Promise<{ waitMinutes: number } | { ok: boolean }> {
  const keys = [`client:${visitor.address}`, ...(email ? [`account:${email.trim().toLowerCase()}`] : [])];
  const wait = await failures.waitSeconds(keys);
  if (wait > 0) return { waitMinutes: waitMinutes(wait) };
  try {
    const ok = await step();
    if (!ok) await failures.fail(keys);
    return { ok };
  } catch (error) {
    if (error instanceof TooManyAttempts) return { waitMinutes: waitMinutes(error.seconds) };
    throw error;
  }
}
