import { BigNumber } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { transferReference, wholeDong } from "./transfer"

describe("wholeDong", () => {
  it.each([
    [185000, 185000],
    ["185000", 185000],
    [{ value: "185000", precision: 20 }, 185000],
    [new BigNumber(185000), 185000],
    [185000.4, 185000],
    [{ value: "185000.5", precision: 20 }, 185001],
  ])("reads %j as %i đồng, rounding half up", (amount, expected) => {
    expect(wholeDong(amount, "vnd")).toBe(expected)
  })

  it("takes the currency code in either case", () => {
    expect(wholeDong(1000, "VND")).toBe(1000)
  })

  it("refuses another currency, saying what to do", () => {
    expect(() => wholeDong(10, "usd")).toThrow("VietQR transfers are in VND only, and this payment is in USD")
  })

  it.each([0, 0.4, -1000, "abc", Number.NaN])("refuses %j", (amount) => {
    expect(() => wholeDong(amount, "vnd")).toThrow("The amount to pay must be at least 1 đồng")
  })
})

describe("transferReference", () => {
  it("is OCOP and 8 unambiguous characters, the same for the same session", () => {
    const reference = transferReference("payses_01JZ8Q4K3V5W6X7Y8Z9A0B1C2D")
    expect(reference).toMatch(/^OCOP[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(transferReference("payses_01JZ8Q4K3V5W6X7Y8Z9A0B1C2D")).toBe(reference)
  })

  it("differs between sessions", () => {
    const references = new Set(Array.from({ length: 1000 }, (_, i) => transferReference(`payses_${i}`)))
    expect(references.size).toBe(1000)
  })
})
