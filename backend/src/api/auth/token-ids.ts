import { randomUUID } from "node:crypto"
import { getAuthContextFromJwtToken, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

type Http = ConfigModule["projectConfig"]["http"]

/**
 * The token with a fresh id (jti) added, signed again as Medusa signs it, or
 * the token as it was when it already has one or does not verify. Medusa 2.21
 * signs login tokens without a jti, so two logins of one person in the same
 * second get the same token — and logging one out would end the other. With
 * an id, every login is a session of its own, and logout revokes exactly one.
 */
export function withTokenId(token: string, http: Http): string {
  const claims = getAuthContextFromJwtToken(`Bearer ${token}`, http.jwtSecret ?? "", ["bearer"], ["*"], http.jwtPublicKey, http.jwtVerifyOptions ?? http.jwtOptions) as
    | (Record<string, unknown> & { jti?: unknown })
    | null
  if (!claims || claims.jti) return token
  // The claims keep Medusa's iat and exp, so the token expires when Medusa's would have.
  const { algorithm, keyid, header } = http.jwtOptions ?? {}
  return jwt.sign({ ...claims, jti: randomUUID() }, http.jwtSecret ?? "", {
    ...(algorithm ? { algorithm } : {}),
    ...(keyid ? { keyid } : {}),
    ...(header ? { header } : {}),
  })
}

/**
 * Middleware on POST /auth/*: every token Medusa's auth routes issue (login,
 * registration, refresh, MFA) leaves with its own id. A login never adopts a
 * token sent before it: the answer is always a new token.
 */
export function withFreshTokenIds(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { http } = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (body && typeof body === "object" && typeof (body as { token?: unknown }).token === "string") {
      const answer = body as { token: string }
      return json({ ...answer, token: withTokenId(answer.token, http) })
    }
    return json(body)
  }
  next()
}
