import { describe, expect, inject, it } from "vitest";

/** Login cookies are `Secure` whenever the request reached us over https, a TLS proxy in front included (README, "Security"). */
const { storefrontUrl } = inject("platform");
const PRODUCER = { email: "haodat@ocop-demo.vn", password: "ocop-demo-2026" };

async function logIn(headers: Record<string, string>) {
  const response = await fetch(`${storefrontUrl}/producer/login`, {
    method: "POST",
    body: new URLSearchParams(PRODUCER),
    headers: { origin: storefrontUrl, ...headers },
    redirect: "manual",
  });
  await response.arrayBuffer();
  expect(response.status).toBe(303);
  return response.headers.getSetCookie().join("\n");
}

describe("session cookies", () => {
  it("are Secure behind a TLS proxy (X-Forwarded-Proto: https)", async () => {
    const cookie = await logIn({ "x-forwarded-proto": "https" });
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it("are not Secure over plain http to a site served over http (the browser would drop them)", async () => {
    const cookie = await logIn({});
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
