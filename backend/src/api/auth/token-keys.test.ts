import jwt from "jsonwebtoken"
import { describe, expect, it } from "vitest"
import { bearerToken, presentedTokenKeys, tokenExpiry, tokenKey } from "./token-keys"

const SECRET = "test-secret-of-some-length"

describe("tokenKey", () => {
  it("is the token's id when it has one, else a hash of the token (never the token)", () => {
    expect(tokenKey({ jti: "abc" }, "anything")).toBe("jti:abc")
    const token = jwt.sign({ actor_id: "cus_1" }, SECRET)
    const key = tokenKey({}, token)
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(key).not.toContain(token)
    expect(tokenKey(null, `${token}x`)).not.toBe(key)
  })
})

describe("tokenExpiry", () => {
  it("is the token's own expiry, or 30 days for one without", () => {
    expect(tokenExpiry({ exp: 1_800_000_000 }).toISOString()).toBe("2027-01-15T08:00:00.000Z")
    expect(tokenExpiry({}, 0).getTime()).toBe(30 * 24 * 60 * 60 * 1000)
  })
})

describe("presentedTokenKeys", () => {
  it("finds the bearer token's and the session's keys", () => {
    const token = jwt.sign({ actor_id: "user_1" }, SECRET, { jwtid: "t-1" })
    expect(presentedTokenKeys({ headers: { authorization: `Bearer ${token}` } })).toEqual(["jti:t-1"])
    expect(presentedTokenKeys({ headers: {}, session: { auth_context: { jti: "s-1" } } })).toEqual(["jti:s-1"])
    expect(presentedTokenKeys({ headers: { authorization: `bearer ${token}` }, session: { auth_context: { jti: "s-1" } } })).toEqual(["jti:t-1", "jti:s-1"])
  })

  it("finds none for no token, a Basic API key or something that is not a JWT", () => {
    expect(presentedTokenKeys({ headers: {} })).toEqual([])
    expect(presentedTokenKeys({ headers: { authorization: "Basic c2tfMTIzOg==" } })).toEqual([])
    expect(presentedTokenKeys({ headers: { authorization: "Bearer not-a-jwt" } })).toEqual([])
    expect(bearerToken("Bearer a b")).toBeUndefined()
  })
})
