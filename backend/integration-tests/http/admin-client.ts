import { DEMO_STAFF } from "../../../scripts/platform/backend.ts";

/** Logs the demo staff user in and returns a fetch for the Admin API with its token. */
export async function adminFetch(backendUrl: string) {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_STAFF),
  });
  if (!login.ok) throw new Error(`Demo staff login failed: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${backendUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
}
