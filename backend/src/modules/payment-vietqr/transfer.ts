import { createHash } from "node:crypto"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

/** bignumber.js's ROUND_HALF_UP; MathBN does not re-export the constructor that names it. */
const ROUND_HALF_UP = 4

/**
 * The amount to transfer, in whole đồng. Medusa 2 passes amounts in the
 * currency's main unit (for VND, the đồng) as a BigNumberInput: a number, a
 * numeric string, a BigNumber or a raw `{ value, precision }`. Totals with tax
 * can carry fractions, and nobody can transfer half a đồng, so they are
 * rounded half up, as Medusa's Stripe provider does for VND.
 */
export function wholeDong(amount: BigNumberInput, currencyCode: string): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `VietQR transfers are in VND only, and this payment is in ${currencyCode.toUpperCase()}. Offer VietQR only in a VND region.`,
    )
  }
  const whole = MathBN.convert(amount).decimalPlaces(0, ROUND_HALF_UP)
  if (!whole.isFinite() || whole.lt(1)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The amount to pay must be at least 1 đồng, got ${JSON.stringify(amount)}.`)
  }
  return whole.toNumber()
}

/** Crockford's base 32: no I, L, O or U, so staff reading a bank statement cannot confuse two characters. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const REFERENCE_PREFIX = "OCOP"

/**
 * The transfer's reference: "OCOP" and 8 characters hashed from the payment
 * session's ID. The same session always gets the same reference, so a retried
 * request shows the same QR; 40 bits make two of 10,000 unpaid orders share
 * one less than once in 20,000. Letters and digits only: banks strip the rest.
 */
export function transferReference(sessionId: string): string {
  const digest = createHash("sha256").update(sessionId).digest()
  let code = ""
  // 256 is a multiple of 32, so the low 5 bits of a byte keep every character equally likely.
  for (const byte of digest.subarray(0, 8)) code += ALPHABET[byte & 31]
  return REFERENCE_PREFIX + code
}
