import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The token in a verification link: "<record id>.<expiry, unix seconds>.<HMAC>",
 * signed with the backend's JWT secret (a label keeps this MAC apart from its
 * other uses). The signature stops forged and altered links before the
 * database is asked; the record makes the link single-use.
 */
const sign = (secret: string, id: string, expires: number) => createHmac("sha256", secret).update(`ocop-email-verification:${id}.${expires}`).digest("base64url")

export function verificationToken(secret: string, id: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000)
  return `${id}.${expires}.${sign(secret, id, expires)}`
}

export type TokenReading = { ok: true; id: string } | { ok: false; reason: "invalid" | "expired" }

/** What a token says: its record's id when the signature holds and it has not expired. */
export function readVerificationToken(secret: string, token: string, now: Date): TokenReading {
  const [id, expiresText, signature, ...rest] = token.split(".")
  if (!id || !expiresText || !signature || rest.length || !/^\d{1,12}$/.test(expiresText)) return { ok: false, reason: "invalid" }
  const expires = Number(expiresText)
  const expected = Buffer.from(sign(secret, id, expires))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" }
  return expires * 1000 <= now.getTime() ? { ok: false, reason: "expired" } : { ok: true, id }
}
