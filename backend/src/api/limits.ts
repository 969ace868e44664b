import { createHmac } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AttemptLimiter, clientAddress, RequestLimiter, trustedProxies, waitMinutes } from "@ocop/core/security"
import { readBackendEnv } from "../config/env"

const env = readBackendEnv(process.env)
const store = { redisUrl: env.REDIS_URL }
const trusted = trustedProxies(env.TRUSTED_PROXIES)

/** Failed logins, registrations, resets and invitations, per e-mail and per client (storefronts count their own under "storefront:"). */
const failures = new AttemptLimiter("backend:sign-in", { failures: env.RATE_LIMIT_FAILURES, windowSeconds: env.RATE_LIMIT_WINDOW_MINUTES * 60 }, store)
/** Every livestream click, per client. */
const clicks = new RequestLimiter("backend:clicks", { requests: env.RATE_LIMIT_CLICKS_PER_MINUTE, windowSeconds: 60 }, store)

/** The client behind a request: the connection, or what a trusted proxy (a storefront on this machine by default) says it forwarded for. */
export function requestClient(req: MedusaRequest): string {
  return clientAddress(req.socket.remoteAddress ?? "", req.headers["x-forwarded-for"]?.toString(), trusted)
}

function tooMany(res: MedusaResponse, seconds: number) {
  const minutes = waitMinutes(seconds)
  res
    .status(429)
    .setHeader("Retry-After", String(seconds))
    .json({ type: "too_many_attempts", message: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, retry_after: seconds })
}

/** Which answers count as a failure: wrong credentials (401), any refusal (a guessed invitation is a 400), or every answer. */
type Counted = "unauthorized" | "refused" | "every"

const counts: Record<Counted, (status: number) => boolean> = {
  unauthorized: (status) => status === 401,
  refused: (status) => status >= 400 && status < 500 && status !== 429,
  every: () => true,
}

/**
 * Refuses (429, with Retry-After and the wait in the message) a client or an
 * e-mail that has had RATE_LIMIT_FAILURES failures within the window; else lets
 * the route answer and counts the answer against both when `counted` says it
 * failed. Successes never count, nor does a password the policy refuses (not a
 * guess), so many logins from one address (an office, a test run) go on. The
 * e-mail is the body's `email`, or `identifier` (asking for a reset link).
 */
export function limitSignIn(counted: Counted) {
  return async function limitFailures(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
    const email = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : ""
    const keys = [`client:${requestClient(req)}`, ...(email ? [`account:${email.trim().toLowerCase()}`] : [])]
    const wait = await failures.waitSeconds(keys)
    if (wait > 0) return tooMany(res, wait)
    res.on("finish", () => {
      if (counts[counted](res.statusCode)) failures.fail(keys).catch((error: unknown) => console.error("Could not count a failed sign-in:", error))
    })
    next()
  }
}

/** RATE_LIMIT_CLICKS_PER_MINUTE livestream clicks per client; beyond, 429 with the wait. */
export async function limitClicks(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const wait = await clicks.take(`client:${requestClient(req)}`)
  if (wait > 0) {
    res
      .status(429)
      .setHeader("Retry-After", String(wait))
      .json({ type: "too_many_requests", message: `Too many requests. Try again in ${wait} seconds.`, retry_after: wait })
    return
  }
  next()
}

/** A client as counters store it: a keyed hash of its address, so no address is kept. */
export function clientKey(address: string): string {
  return createHmac("sha256", env.COOKIE_SECRET).update(address).digest("base64url")
}

/** How long a livestream remembers a client's click (one count per client per window). */
export const CLICK_WINDOW_MINUTES = env.LIVESTREAM_CLICK_WINDOW_MINUTES
