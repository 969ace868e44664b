import { DEMO_STAFF } from "../../../scripts/platform/backend.ts"

/** Logs the demo staff user in; the bearer token for the Admin API. */
export async function adminToken(backendUrl: string): Promise<string> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_STAFF),
  })
  if (!login.ok) throw new Error(`Demo staff login failed: ${login.status}`)
  return ((await login.json()) as { token: string }).token
}

/** Logs the demo staff user in and returns a fetch for the Admin API (JSON) with its token. */
export async function adminFetch(backendUrl: string) {
  const token = await adminToken(backendUrl)
  return async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${backendUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }
}
