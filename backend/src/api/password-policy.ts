import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@ocop/core"
import { invalidData } from "./problems"

/**
 * The password policy (`@ocop/core`: at least PASSWORD_MIN_LENGTH characters,
 * not a common password) on Medusa's own routes that set a password —
 * registering a customer, producer or staff login, and a reset — so no path,
 * the storefront's forms or a direct API call, makes a login with the password "1".
 */
export function enforcePasswordPolicy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const password = (req.body as { password?: unknown } | undefined)?.password
  const problem = typeof password === "string" ? passwordProblem(password) : null
  if (problem === "too_short") {
    return next(
      invalidData(`password must be at least ${PASSWORD_MIN_LENGTH} characters`, [
        { field: "password", code: "too_small", params: { minimum: PASSWORD_MIN_LENGTH, origin: "string", inclusive: true } },
      ]),
    )
  }
  if (problem === "common") return next(invalidData("password is too common", [{ field: "password", code: "common_password" }]))
  next()
}
