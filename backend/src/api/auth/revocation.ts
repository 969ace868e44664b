import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SESSION_MODULE } from "../../modules/session"
import type SessionModuleService from "../../modules/session/service"
import { presentedTokenKeys, type TokenClaims, tokenExpiry } from "./token-keys"

type WithSession = MedusaRequest & { session?: { auth_context?: TokenClaims } }

/**
 * Middleware on every route: a request presenting a logged-out token (as its
 * bearer token or behind its Medusa session cookie) is refused with 401
 * before any route runs — admin, producer, store and auth routes alike.
 * Requests without a token cost nothing; with one, one primary-key lookup.
 */
export async function refuseRevokedTokens(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const keys = presentedTokenKeys(req as WithSession)
  if (keys.length === 0) return next()
  try {
    const sessions: SessionModuleService = req.scope.resolve(SESSION_MODULE)
    if (await sessions.anyRevoked(keys)) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This session has ended (logged out). Log in again."))
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Middleware on DELETE /auth/session (the Medusa Admin's logout): the token
 * the session was made from ends with it, so it cannot open a new session or
 * serve as a bearer token afterwards.
 */
export async function revokeSessionToken(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const claims = (req as WithSession).session?.auth_context
  if (typeof claims?.jti !== "string" || !claims.jti) return next()
  try {
    const sessions: SessionModuleService = req.scope.resolve(SESSION_MODULE)
    await sessions.revokeToken(`jti:${claims.jti}`, tokenExpiry(claims))
    next()
  } catch (error) {
    next(error)
  }
}
