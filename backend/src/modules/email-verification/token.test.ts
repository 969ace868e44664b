import { describe, expect, it } from "vitest"
import { readVerificationToken, verificationToken } from "./token"

const SECRET = "a-test-secret-of-enough-length"
const now = new Date("2026-12-05T10:00:00Z")
const later = new Date("2026-12-06T10:00:00Z")

describe("verification tokens", () => {
  it("name their record while the signature holds and the time has not run out", () => {
    expect(readVerificationToken(SECRET, verificationToken(SECRET, "emv_1", later), now)).toEqual({ ok: true, id: "emv_1" })
  })

  it("are expired after their time", () => {
    expect(readVerificationToken(SECRET, verificationToken(SECRET, "emv_1", now), later)).toEqual({ ok: false, reason: "expired" })
  })

  it("are refused when forged, altered, signed with another secret or malformed", () => {
    const token = verificationToken(SECRET, "emv_1", later)
    const [, expires, signature] = token.split(".")
    for (const bad of [
      `emv_2.${expires}.${signature}`,
      `emv_1.${Number(expires) + 3600}.${signature}`,
      verificationToken("another-secret-of-enough-length", "emv_1", later),
      "",
      "emv_1",
      `${token}.x`,
      "emv_1.soon.abc",
    ]) {
      expect(readVerificationToken(SECRET, bad, now), bad).toEqual({ ok: false, reason: "invalid" })
    }
  })
})
