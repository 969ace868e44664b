import { describe, expect, it } from "vitest"
import type { BackendEnv } from "../../../config/env"
import { sepayAdapter } from "./sepay"

const KEY = "sepay-key-for-unit-tests-0123"
const env = (key?: string) => ({ SEPAY_WEBHOOK_KEY: key }) as BackendEnv
/** SePay's sample body for an incoming transfer. */
const sample = {
  id: 92704,
  gateway: "Vietcombank",
  transactionDate: "2026-12-05 14:02:37",
  accountNumber: "0123499999",
  code: null,
  content: "chuyen tien mua iphone OCOPAB12CD34",
  transferType: "in",
  transferAmount: 2277000,
  accumulated: 19077000,
  subAccount: null,
  referenceCode: "MBVCB.3278907687",
  description: "",
}

describe("sepayAdapter.authenticate", () => {
  it("accepts exactly `Apikey <SEPAY_WEBHOOK_KEY>`", () => {
    expect(sepayAdapter.authenticate({ authorization: `Apikey ${KEY}` }, env(KEY))).toEqual({ ok: true })
  })
  it("refuses another key, another scheme, no header, and everything when no key is configured", () => {
    for (const authorization of [`Apikey ${KEY}1`, `Bearer ${KEY}`, undefined, ""]) {
      expect(sepayAdapter.authenticate({ authorization }, env(KEY)).ok, String(authorization)).toBe(false)
    }
    const unset = sepayAdapter.authenticate({ authorization: `Apikey ${KEY}` }, env(undefined))
    expect(unset).toMatchObject({ ok: false, reason: expect.stringContaining("SEPAY_WEBHOOK_KEY is not set") })
  })
})

describe("sepayAdapter.parse", () => {
  it("reshapes SePay's body into our transfer", () => {
    expect(sepayAdapter.parse(sample)).toEqual({
      ok: true,
      transfer: {
        id: "92704",
        direction: "in",
        amount: 2277000,
        content: "chuyen tien mua iphone OCOPAB12CD34",
        accountNumber: "0123499999",
        bankReference: "MBVCB.3278907687",
        transactionDate: "2026-12-05 14:02:37",
      },
    })
  })
  it("reads SePay's recognised code as well as the payer's text", () => {
    const parsed = sepayAdapter.parse({ ...sample, content: "CK", code: "OCOPAB12CD34" })
    expect(parsed.ok && parsed.transfer.content).toBe("CK OCOPAB12CD34")
  })
  it("names every missing or wrong field", () => {
    const parsed = sepayAdapter.parse({ ...sample, id: undefined, transferType: "sideways", transferAmount: -5 })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => p.split(":")[0])).toEqual(["id", "transferType", "transferAmount"])
    expect(sepayAdapter.parse(null).ok).toBe(false)
    expect(sepayAdapter.parse("text").ok).toBe(false)
  })
})
