import { createHash } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import jwt from "jsonwebtoken"

/** The claims of ours a login token carries besides Medusa's: its id, and its expiry (seconds). */
export type TokenClaims = { jti?: unknown; exp?: unknown }

/**
 * The deny-list's key for a token: its id (jti, which every login since the
 * revocation change carries: token-ids.ts) or, for a token without one, a
 * hash of the token itself — never the token, so the table holds nothing a
 * thief could use.
 */
export function tokenKey(claims: TokenClaims | null, token: string): string {
  if (typeof claims?.jti === "string" && claims.jti) return `jti:${claims.jti}`
  return `sha256:${createHash("sha256").update(token).digest("hex")}`
}

/** When the deny-list may forget a token: its own expiry, or in 30 days for one without (Medusa sets one on every token). */
export function tokenExpiry(claims: TokenClaims | null, now = Date.now()): Date {
  return typeof claims?.exp === "number" ? new Date(claims.exp * 1000) : new Date(now + 30 * 24 * 60 * 60 * 1000)
}

/** The bearer token of a request, if it sends one. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? "")
  return match?.[1]
}

/**
 * The keys of the login tokens a request presents: its bearer token and the
 * token a Medusa session cookie was made from (POST /auth/session keeps that
 * token's claims, jti included). The bearer token is only decoded here, not
 * verified: the key is only looked up, and a forged token is refused by
 * Medusa's `authenticate` anyway.
 */
export function presentedTokenKeys(req: Pick<MedusaRequest, "headers"> & { session?: { auth_context?: TokenClaims } }): string[] {
  const keys: string[] = []
  const token = bearerToken(req.headers.authorization)
  if (token) {
    const claims = jwt.decode(token, { json: true })
    if (claims) keys.push(tokenKey(claims, token))
  }
  const sessionJti = req.session?.auth_context?.jti
  if (typeof sessionJti === "string" && sessionJti) keys.push(`jti:${sessionJti}`)
  return keys
}
