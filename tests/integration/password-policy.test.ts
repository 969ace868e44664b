import { describe, expect, inject, it } from "vitest";

/** The password policy (README, "Security") on every path that sets a password: the backend's auth routes and the storefront's forms. */
const { storefrontUrl, backendUrl } = inject("platform");

async function backend(path: string, password: string) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `weak-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, password }),
  });
  return { status: response.status, body: (await response.json()) as { fields?: { field: string; code: string }[] } };
}

describe("the password policy", () => {
  for (const actor of ["customer", "producer", "user"]) {
    it(`refuses "1" and a common password when a ${actor} login is registered`, async () => {
      const short = await backend(`/auth/${actor}/emailpass/register`, "1");
      expect(short.status).toBe(400);
      expect(short.body.fields).toEqual([expect.objectContaining({ field: "password", code: "too_small" })]);
      const common = await backend(`/auth/${actor}/emailpass/register`, "MatKhau123");
      expect(common.status).toBe(400);
      expect(common.body.fields).toEqual([{ field: "password", code: "common_password" }]);
    });
  }

  it("refuses a weak password on a reset", async () => {
    const reset = await backend("/auth/producer/emailpass/update", "1");
    expect(reset.status).toBe(400);
  });

  it("is said in the customer's language on the storefront's registration form, and nothing is made", async () => {
    const email = `weak-form-${Date.now()}@example.com`;
    const body = new URLSearchParams({ email, password: "1", first_name: "Lan", last_name: "Nguyễn" });
    const response = await fetch(`${storefrontUrl}/account/register`, { method: "POST", body, headers: { origin: storefrontUrl }, redirect: "manual" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Mật khẩu cần ít nhất 10 ký tự.");
    const again = await fetch(`${backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "1" }),
    });
    expect(again.status).toBe(401);
  });
});
