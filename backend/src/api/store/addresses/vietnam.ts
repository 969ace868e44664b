import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addressPairProblems, type FieldProblem } from "@ocop/core"
import { invalidData } from "../../problems"

type AddressInput = { city?: unknown; province?: unknown; country_code?: unknown; address_1?: unknown }

/** A name and phone with no place at all: the contact of a booking, which is visited, not delivered. */
const contactOnly = (address: AddressInput) => !address.city && !address.province && !address.address_1 && !address.country_code

/** The addresses a store route's body carries, by the path of each: a cart's two, or a customer address itself. */
function addressesOf(body: Record<string, unknown>): [string, AddressInput][] {
  const named = (["shipping_address", "billing_address"] as const).filter((key) => typeof body[key] === "object" && body[key] !== null)
  if (named.length) return named.map((key) => [`${key}.`, body[key] as AddressInput])
  return "city" in body || "province" in body ? [["", body as AddressInput]] : []
}

/**
 * Refuses a Vietnamese address whose commune (Medusa's `city`) is not in its
 * province, or whose province is not one of the 34 of 2025, on the store routes
 * that write addresses: carts and customer addresses. The storefront checks
 * the same pair first (@ocop/core addressPairProblems); this keeps any other
 * client from storing an address no courier can find. Other countries pass,
 * and so does a contact with no place (a booking's billing contact).
 */
export function refuseForeignCommunes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const problems: FieldProblem[] = []
  for (const [prefix, address] of addressesOf(body)) {
    const country = typeof address.country_code === "string" ? address.country_code.toLowerCase() : "vn"
    if (country !== "vn" || contactOnly(address)) continue
    const province = typeof address.province === "string" ? address.province : ""
    const commune = typeof address.city === "string" ? address.city : ""
    problems.push(...addressPairProblems({ province, commune }, { province: `${prefix}province`, commune: `${prefix}city` }))
  }
  if (problems.length) {
    return next(
      invalidData(`${problems.map((p) => p.field).join(", ")}: a Vietnamese address needs one of the 34 provinces of 2025 and a commune or ward of that province`, problems),
    )
  }
  next()
}
