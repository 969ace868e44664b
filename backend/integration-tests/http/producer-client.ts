/** Logs a producer in (actor type "producer") and returns a fetch for the /producer API with its token. */
export async function producerFetch(backendUrl: string, email: string, password = "ocop-demo-2026") {
  const login = await fetch(`${backendUrl}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`Producer login ${email} failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${backendUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    })
    const type = response.headers.get("content-type") ?? ""
    return { status: response.status, body: (type.includes("json") ? await response.json() : await response.text()) as Record<string, any> }
  }
  return Object.assign(call, { token })
}
