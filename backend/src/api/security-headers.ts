import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { securityHeaders } from "@ocop/core"

const HEADERS = Object.entries(securityHeaders({ https: (process.env.PUBLIC_SITE_URL ?? "").startsWith("https:") }))

/**
 * Every API answer carries the security headers the storefront's pages carry
 * (`@ocop/core`), and not Express's `X-Powered-By`, which only tells an
 * attacker what to try.
 */
export function withSecurityHeaders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.removeHeader("X-Powered-By")
  for (const [name, value] of HEADERS) res.setHeader(name, value)
  next()
}
