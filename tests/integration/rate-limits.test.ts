import { describe, expect, inject, it } from "vitest";

/**
 * Failed logins are limited per e-mail and per visitor (README, "Security"):
 * after RATE_LIMIT_FAILURES (10) failures in the window, the next attempt is
 * refused with the wait, even with the right password. Each test is its own
 * visitor (X-Forwarded-For, believed from loopback) with its own e-mails, so
 * the many logins other test files make from 127.0.0.1 are never slowed.
 */
const { storefrontUrl, backendUrl, publishableKey } = inject("platform");
const PASSWORD = "mat-khau-dung-2026";

const visitor = () => `100.${64 + Math.floor(Math.random() * 64)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const freshEmail = (what: string) => `${what}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.vn`;

/** A customer registered through the backend's own routes. */
async function customer(email: string) {
  const registered = await fetch(`${backendUrl}/auth/customer/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": visitor() },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { token } = (await registered.json()) as { token: string };
  const created = await fetch(`${backendUrl}/store/customers`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
    body: JSON.stringify({ email, first_name: "Lan" }),
  });
  expect(created.status, await created.text()).toBe(200);
}

function backendLogIn(email: string, password: string, from: string) {
  return fetch(`${backendUrl}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from },
    body: JSON.stringify({ email, password }),
  });
}

async function pageLogIn(path: string, email: string, password: string, from: string) {
  const response = await fetch(`${storefrontUrl}${path}`, {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: { origin: storefrontUrl, "x-forwarded-for": from },
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}

describe("the backend's login route", () => {
  it("refuses the 11th attempt on an e-mail within the window with the wait, though the password is right", async () => {
    const email = freshEmail("limit-be");
    await customer(email);
    for (let i = 0; i < 10; i++) expect((await backendLogIn(email, "mat-khau-sai-2026", visitor())).status).toBe(401);
    const refused = await backendLogIn(email, PASSWORD, visitor());
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    expect(((await refused.json()) as { message: string }).message).toMatch(/Try again in \d+ minutes?\./);
  });

  it("refuses a visitor after 10 failures, whatever e-mail it tries next, and only that visitor", async () => {
    const from = visitor();
    for (let i = 0; i < 10; i++) expect((await backendLogIn(freshEmail("spray"), "mat-khau-sai-2026", from)).status).toBe(401);
    expect((await backendLogIn(freshEmail("spray"), "mat-khau-sai-2026", from)).status).toBe(429);
    expect((await backendLogIn(freshEmail("spray"), "mat-khau-sai-2026", visitor())).status).toBe(401);
  });

  it("never counts a successful login", async () => {
    const email = freshEmail("many-logins");
    await customer(email);
    const from = visitor();
    for (let i = 0; i < 12; i++) expect((await backendLogIn(email, PASSWORD, from)).status).toBe(200);
  });
});

describe("the storefront's login pages", () => {
  it("refuse the 11th attempt on an e-mail with the wait in minutes, though the password is right", async () => {
    const email = freshEmail("limit-sf");
    await customer(email);
    for (let i = 0; i < 10; i++) {
      const wrong = await pageLogIn("/account/login", email, "mat-khau-sai-2026", visitor());
      expect(wrong.status).toBe(401);
      expect(wrong.text).toContain("Email hoặc mật khẩu không đúng.");
    }
    const refused = await pageLogIn("/account/login", email, PASSWORD, visitor());
    expect(refused.status).toBe(429);
    expect(refused.text).toMatch(/Bạn đã thử sai quá nhiều lần\. Vui lòng thử lại sau (1[0-5]|[1-9]) phút\./);
    const english = await pageLogIn("/en/account/login", email, PASSWORD, visitor());
    expect(english.text).toMatch(/Too many failed attempts\. Please try again in \d+ minutes\./);
  });

  it("refuse a visitor after 10 failures on the producer and staff logins too", async () => {
    const from = visitor();
    for (let i = 0; i < 5; i++) expect((await pageLogIn("/producer/login", freshEmail("p"), "mat-khau-sai-2026", from)).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await pageLogIn("/staff/login", freshEmail("s"), "mat-khau-sai-2026", from)).status).toBe(401);
    const refused = await pageLogIn("/producer/login", "haodat@ocop-demo.vn", "ocop-demo-2026", from);
    expect(refused.status).toBe(429);
    expect(refused.text).toContain("Vui lòng thử lại sau");
    // Another visitor logs in as that producer at once: only failures are limited, and only theirs.
    expect((await pageLogIn("/producer/login", "haodat@ocop-demo.vn", "ocop-demo-2026", visitor())).status).toBe(303);
  });

  it("limit the reset-link requests of a visitor", async () => {
    const from = visitor();
    const ask = () =>
      fetch(`${storefrontUrl}/producer/forgot-password`, {
        method: "POST",
        body: new URLSearchParams({ email: freshEmail("forgot") }),
        headers: { origin: storefrontUrl, "x-forwarded-for": from },
      });
    for (let i = 0; i < 10; i++) expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("Vui lòng thử lại sau");
  });
});
