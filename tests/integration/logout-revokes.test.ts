import { describe, expect, inject, it } from "vitest";

/** Sessions that end (README, "Security"): logout revokes the token on the backend, on every route, and a login always makes a new one. */
const { storefrontUrl, backendUrl, publishableKey } = inject("platform");

const STAFF = { email: "admin@ocop-demo.vn", password: "ocop-demo-2026" };
const PRODUCER = { email: "vietcuong@ocop-demo.vn", password: "ocop-demo-2026" };
type Actor = "user" | "producer" | "customer";

/** Calls the backend with a bearer token (and the publishable key the store routes want). */
async function backend(path: string, token: string | null, init: { method?: string; body?: unknown; cookie?: string } = {}) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, response };
}

/** A token's claims (read, not verified: the backend verifies). */
const claims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as { jti?: string; iat: number };

async function logIn(actor: Actor, login: { email: string; password: string }, presented: string | null = null): Promise<string> {
  const { status, body } = await backend(`/auth/${actor}/emailpass`, presented, { body: login });
  expect(status).toBe(200);
  return body.token;
}

/** A new customer with a login, as the storefront's registration makes one. */
async function newCustomer(): Promise<{ email: string; password: string }> {
  const login = { email: `logout-${Date.now()}-${Math.random().toString(36).slice(2)}@example.vn`, password: "mat-khau-dai-2026" };
  const registration = await backend("/auth/customer/emailpass/register", null, { body: login });
  expect(registration.status).toBe(200);
  expect((await backend("/store/customers", registration.body.token, { body: { email: login.email, first_name: "Lan" } })).status).toBe(200);
  return login;
}

/** Routes each kind of login opens: the admin API, the producer API, the store's customer routes. */
const ROUTES: Record<Actor, string[]> = {
  user: ["/admin/users/me", "/admin/ocop/dashboard", "/admin/producer-users", "/admin/orders?limit=1"],
  producer: ["/producer/me", "/producer/products", "/producer/orders", "/producer/dashboard"],
  customer: ["/store/customers/me", "/store/orders", "/store/customers/me/addresses"],
};

describe("after logout (DELETE /auth/token) the token is refused everywhere", () => {
  const logins: Record<Actor, () => Promise<{ email: string; password: string }>> = {
    user: async () => STAFF,
    producer: async () => PRODUCER,
    customer: newCustomer,
  };

  for (const actor of ["user", "producer", "customer"] as const) {
    it(`a ${actor} token: every route it opened answers 401, and it opens no session nor a refresh`, async () => {
      const token = await logIn(actor, await logins[actor]());
      for (const path of ROUTES[actor]) expect((await backend(path, token)).status, `${path} before logout`).toBe(200);

      const logout = await backend("/auth/token", token, { method: "DELETE" });
      expect(logout.status).toBe(200);
      expect(logout.body).toEqual({ revoked: true });

      for (const path of ROUTES[actor]) expect((await backend(path, token)).status, `${path} after logout`).toBe(401);
      expect((await backend("/auth/session", token, { body: {} })).status).toBe(401);
      expect((await backend("/auth/token/refresh", token, { body: {} })).status).toBe(401);
      expect((await backend("/auth/token", token, { method: "DELETE" })).status).toBe(401);
    });
  }

  it("ends only the token it is called with: another login of the same person keeps working", async () => {
    const [first, second] = [await logIn("producer", PRODUCER), await logIn("producer", PRODUCER)];
    expect(first).not.toBe(second);
    expect((await backend("/auth/token", first, { method: "DELETE" })).status).toBe(200);
    expect((await backend("/producer/me", first)).status).toBe(401);
    expect((await backend("/producer/me", second)).status).toBe(200);
  });

  it("cannot be called without a token of one's own", async () => {
    expect((await backend("/auth/token", null, { method: "DELETE" })).status).toBe(401);
    expect((await backend("/auth/token", "not-a-token", { method: "DELETE" })).status).toBe(401);
  });

  it("the Medusa Admin's logout (DELETE /auth/session) ends the token its session was made from", async () => {
    const token = await logIn("user", STAFF);
    const session = await backend("/auth/session", token, { body: {} });
    expect(session.status).toBe(200);
    const cookie = session.response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect((await backend("/admin/users/me", null, { cookie })).status).toBe(200);
    expect((await backend("/auth/session", null, { method: "DELETE", cookie })).status).toBe(200);
    expect((await backend("/admin/users/me", null, { cookie })).status).toBe(401);
    expect((await backend("/admin/users/me", token)).status).toBe(401);
  });
});

describe("a login never adopts a token it was given (no session fixation)", () => {
  it("the backend issues a new token on every login, whatever the request presented", async () => {
    const planted = await logIn("user", STAFF);
    const fresh = await logIn("user", STAFF, planted);
    expect(fresh).not.toBe(planted);
    // Each login is told apart by its own id, not only by its second (two logins in one second would otherwise share a token).
    expect(claims(fresh).jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims(fresh).jti).not.toBe(claims(planted).jti);
    expect((await backend("/admin/users/me", fresh)).status).toBe(200);
  });

  it("the storefront sets a new session cookie on every login, never the one sent with it", async () => {
    const planted = await logIn("user", STAFF);
    const values = [];
    for (const cookie of [`ocop_staff=${planted}`, "ocop_staff=chosen-by-an-attacker", ""]) {
      const response = await storefront("/staff/login", cookie, new URLSearchParams(STAFF));
      expect(response.status).toBe(303);
      const value = cookieValue(response, "ocop_staff");
      expect(value).toBeTruthy();
      expect(value).not.toBe(planted);
      values.push(value);
    }
    expect(new Set(values).size).toBe(values.length);
  });
});

/** A request to the storefront as a browser makes it (same-origin form posts). */
async function storefront(path: string, cookie: string, form?: URLSearchParams) {
  const response = await fetch(`${storefrontUrl}${path}`, {
    method: form ? "POST" : "GET",
    redirect: "manual",
    headers: { origin: storefrontUrl, ...(cookie ? { cookie } : {}) },
    ...(form ? { body: form } : {}),
  });
  await response.arrayBuffer();
  return response;
}

function cookieValue(response: Response, name: string): string | undefined {
  const set = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return set?.split(";")[0]?.slice(name.length + 1);
}

describe("logging out on the storefront", () => {
  const areas = [
    { area: "producer", cookie: "ocop_producer", page: "/producer/products", login: PRODUCER, actor: "producer", probe: "/producer/me" },
    { area: "staff", cookie: "ocop_staff", page: "/staff/dashboard", login: STAFF, actor: "user", probe: "/admin/users/me" },
    { area: "account", cookie: "ocop_session", page: "/account", login: null, actor: "customer", probe: "/store/customers/me" },
  ] as const;

  for (const { area, cookie, page, login, probe } of areas) {
    it(`/${area}/logout revokes the token: the old cookie opens ${page} no more, and the token is 401 on the backend`, async () => {
      const credentials = login ?? (await newCustomer());
      const loggedIn = await storefront(`/${area}/login`, "", new URLSearchParams(credentials));
      expect(loggedIn.status).toBe(303);
      const token = cookieValue(loggedIn, cookie) ?? "";
      expect(token).not.toBe("");
      const session = `${cookie}=${token}`;
      expect((await storefront(page, session)).status).toBe(200);

      const logout = await storefront(`/${area}/logout`, session, new URLSearchParams());
      expect(logout.status).toBe(303);
      expect(logout.headers.getSetCookie().join("\n")).toMatch(new RegExp(`^${cookie}=[^;]*; Path=/; Expires=Thu, 01 Jan 1970`, "m"));

      // The old cookie, kept by whoever copied it: the guard finds the backend refusing it and sends them to log in.
      const after = await storefront(page, session);
      expect(after.status).toBe(303);
      expect(after.headers.get("location")).toMatch(new RegExp(`^/${area}/login\\?next=.*&ended=1$`));
      expect((await backend(probe, token)).status).toBe(401);
    });
  }

  it("a customer's logout also forgets the device's cart and order confirmations", async () => {
    const credentials = await newCustomer();
    const loggedIn = await storefront("/account/login", "", new URLSearchParams(credentials));
    const session = `ocop_session=${cookieValue(loggedIn, "ocop_session")}`;
    const logout = await storefront("/account/logout", `${session}; ocop_cart=cart_x; ocop_orders=order_x.proof`, new URLSearchParams());
    const cleared = logout.headers.getSetCookie().join("\n");
    expect(cleared).toMatch(/^ocop_cart=[^;]*; Path=\/; Expires=Thu, 01 Jan 1970/m);
    expect(cleared).toMatch(/^ocop_orders=[^;]*; Path=\/; Expires=Thu, 01 Jan 1970/m);
  });
});
