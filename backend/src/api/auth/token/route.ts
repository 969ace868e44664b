import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SESSION_MODULE } from "../../../modules/session"
import type SessionModuleService from "../../../modules/session/service"
import { bearerToken, type TokenClaims, tokenExpiry, tokenKey } from "../token-keys"

/**
 * DELETE /auth/token — logout: revokes the bearer token the request is made
 * with (and only that one: whoever holds a token may end it, nobody else's).
 * From then on every route answers that token 401. Any actor type.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ revoked: true }>) {
  const claims = req.auth_context as unknown as TokenClaims
  const sessions: SessionModuleService = req.scope.resolve(SESSION_MODULE)
  await sessions.revokeToken(tokenKey(claims, bearerToken(req.headers.authorization) ?? ""), tokenExpiry(claims))
  res.json({ revoked: true })
}
