import { describe, expect, inject, it } from "vitest"
import { DEMO_STAFF } from "../../../scripts/platform/backend.ts"

const { backendUrl } = inject("platform")

async function login(email: string, password: string) {
  return fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
}

describe("the demo staff account", () => {
  it("logs in to the Admin API and reads the store", async () => {
    const response = await login(DEMO_STAFF.email, DEMO_STAFF.password)
    expect(response.status).toBe(200)
    const { token } = (await response.json()) as { token: string }
    const me = await fetch(`${backendUrl}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(DEMO_STAFF.email)
  })

  it("is refused with a wrong password", async () => {
    const response = await login(DEMO_STAFF.email, "not-the-password")
    expect(response.status).toBe(401)
  })
})
