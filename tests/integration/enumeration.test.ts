import { describe, expect, inject, it } from "vitest";

/**
 * Logins and registrations answer alike whether or not an e-mail has an
 * account (README, "Security"), on the backend's routes and the storefront's
 * pages; registering a taken e-mail changes nothing of its account.
 */
const { storefrontUrl, backendUrl, publishableKey } = inject("platform");
const PASSWORD = "mat-khau-dung-2026";

const visitor = () => `100.${64 + Math.floor(Math.random() * 64)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const freshEmail = (what: string) => `${what}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.vn`;

function post(path: string, body: object, headers: Record<string, string> = {}) {
  return fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, "x-forwarded-for": visitor(), ...headers },
    body: JSON.stringify(body),
  });
}

async function registerCustomer(email: string, password: string, firstName: string) {
  const registered = await post("/auth/customer/emailpass/register", { email, password });
  const { token } = (await registered.json()) as { token: string };
  return post("/store/customers", { email, first_name: firstName }, { authorization: `Bearer ${token}` });
}

async function firstNameOf(email: string, password: string): Promise<string> {
  const login = await post("/auth/customer/emailpass", { email, password });
  expect(login.status).toBe(200);
  const { token } = (await login.json()) as { token: string };
  const me = await fetch(`${backendUrl}/store/customers/me`, { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` } });
  return ((await me.json()) as { customer: { first_name: string } }).customer.first_name;
}

/** The parts of a token's payload a client can read; the signature aside, what tells tokens apart. */
const claims = (token: string) => Object.keys(JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString())).sort();

describe("the backend", () => {
  it("answers an unknown e-mail's login as a known e-mail's wrong password", async () => {
    const known = freshEmail("known");
    expect((await registerCustomer(known, PASSWORD, "Lan")).status).toBe(200);
    const wrong = await post("/auth/customer/emailpass", { email: known, password: "mat-khau-sai-2026" });
    const unknown = await post("/auth/customer/emailpass", { email: freshEmail("nobody"), password: "mat-khau-sai-2026" });
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it("answers a taken e-mail's registration as a new one's, and its token changes nothing of the account", async () => {
    const known = freshEmail("taken");
    expect((await registerCustomer(known, PASSWORD, "Lan")).status).toBe(200);
    const again = await post("/auth/customer/emailpass/register", { email: known, password: "mat-khau-khac-2026" });
    const fresh = await post("/auth/customer/emailpass/register", { email: freshEmail("new"), password: "mat-khau-khac-2026" });
    expect(again.status).toBe(fresh.status);
    const againToken = ((await again.json()) as { token: string }).token;
    expect(claims(againToken)).toEqual(claims(((await fresh.json()) as { token: string }).token));

    const takeOver = await post("/store/customers", { email: known, first_name: "Kẻ gian" }, { authorization: `Bearer ${againToken}` });
    expect(takeOver.status).toBeGreaterThanOrEqual(400);
    expect(takeOver.status).toBeLessThan(500);
    expect(await firstNameOf(known, PASSWORD)).toBe("Lan");
    const newPassword = await post("/auth/customer/emailpass", { email: known, password: "mat-khau-khac-2026" });
    expect(newPassword.status).toBe(401);
  });
});

describe("the storefront", () => {
  async function form(path: string, fields: Record<string, string>) {
    const response = await fetch(`${storefrontUrl}${path}`, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { origin: storefrontUrl, "x-forwarded-for": visitor() },
      redirect: "manual",
    });
    return { status: response.status, location: response.headers.get("location"), text: await response.text() };
  }

  it("answers an unknown e-mail's login as a known e-mail's wrong password", async () => {
    const known = freshEmail("known-sf");
    expect((await registerCustomer(known, PASSWORD, "Lan")).status).toBe(200);
    const wrong = await form("/account/login", { email: known, password: "mat-khau-sai-2026" });
    const unknown = await form("/account/login", { email: freshEmail("nobody-sf"), password: "mat-khau-sai-2026" });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const alert = (html: string) => /role="alert"[^>]*>([^<]*)</.exec(html)?.[1];
    expect(alert(unknown.text)).toBe("Email hoặc mật khẩu không đúng.");
    expect(alert(unknown.text)).toBe(alert(wrong.text));
  });

  it("answers a taken e-mail's registration as a new one's, never saying it is taken, and changes nothing", async () => {
    const known = freshEmail("taken-sf");
    expect((await registerCustomer(known, PASSWORD, "Lan")).status).toBe(200);
    const again = await form("/account/register", { email: known, password: "mat-khau-khac-2026", first_name: "Kẻ", last_name: "Gian" });
    const fresh = await form("/account/register", { email: freshEmail("new-sf"), password: "mat-khau-khac-2026", first_name: "Hoa", last_name: "Lê" });
    expect(fresh.status).toBe(303);
    expect(again.status).toBe(fresh.status);
    expect(again.location).toBe(fresh.location);
    expect(again.text).toBe(fresh.text);
    expect(again.text).not.toMatch(/đã có tài khoản|already has an account/);
    expect(await firstNameOf(known, PASSWORD)).toBe("Lan");
  });
});
