import { describe, expect, it } from "vitest"
import { readBackendEnv } from "./env"

const required = {
  DATABASE_URL: "postgres://ocop:secret@localhost:5432/ocop",
  JWT_SECRET: "a-secret-of-at-least-32-characters",
  COOKIE_SECRET: "another-secret-of-32-characters!",
}

describe("readBackendEnv", () => {
  it("accepts the required variables and fills the defaults", () => {
    const env = readBackendEnv(required)
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("names every missing or malformed variable in one error", () => {
    let message = ""
    try {
      readBackendEnv({ REDIS_URL: "localhost:6379", STRIPE_API_KEY: "pk_live_x" })
    } catch (error) {
      message = (error as Error).message
    }
    for (const name of ["DATABASE_URL", "JWT_SECRET", "COOKIE_SECRET", "REDIS_URL", "STRIPE_API_KEY"]) {
      expect(message).toContain(name)
    }
  })

  it("treats blank values as unset", () => {
    expect(readBackendEnv({ ...required, REDIS_URL: "  " }).REDIS_URL).toBeUndefined()
  })
})
