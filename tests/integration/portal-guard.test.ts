import { describe, expect, inject, it } from "vitest";

/** The one guard of the producer portal, the staff tools and the customer account (src/features/session). */
const { storefrontUrl } = inject("platform");

const get = (path: string, cookie?: string) => fetch(`${storefrontUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
const location = (response: Response) => response.headers.get("location");

describe("a request without a session", () => {
  it.each([
    ["/producer/orders", "/producer/login?next=%2Fproducer%2Forders"],
    ["/en/staff/certificates?days=30", "/en/staff/login?next=%2Fen%2Fstaff%2Fcertificates%3Fdays%3D30"],
    ["/account", "/account/login?next=%2Faccount"],
    ["/producer/lots/lot_x/labels?serials=all", "/producer/login?next=%2Fproducer%2Flots%2Flot_x%2Flabels%3Fserials%3Dall"],
    ["/staff/dashboard.csv", "/staff/login?next=%2Fstaff%2Fdashboard.csv"],
  ])("%s goes to its area's login with the return path", async (path, login) => {
    const response = await get(path);
    expect(response.status).toBe(303);
    expect(location(response)).toBe(login);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it.each(["/producer/login", "/producer/register", "/producer/forgot-password", "/en/producer/reset-password?token=x", "/staff/login", "/account/login", "/account/register"])(
    "may open the public page %s",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    },
  );
});

describe("a session the backend refuses", () => {
  it.each([
    ["/producer/products", "ocop_producer", "/producer/login?next=%2Fproducer%2Fproducts&ended=1"],
    ["/en/staff", "ocop_staff", "/en/staff/login?next=%2Fen%2Fstaff&ended=1"],
    ["/account", "ocop_session", "/account/login?next=%2Faccount&ended=1"],
  ])("%s clears the cookie and says the session ended", async (path, cookie, login) => {
    const response = await get(path, `${cookie}=not-a-valid-token`);
    expect(response.status).toBe(303);
    expect(location(response)).toBe(login);
    expect(response.headers.getSetCookie().join("\n")).toMatch(new RegExp(`^${cookie}=[^;]*; Path=/; Expires=Thu, 01 Jan 1970`, "m"));
  });

  it("shows the notice on the login page", async () => {
    const page = await (await get("/producer/login?next=%2Fproducer&ended=1")).text();
    expect(page).toContain("Phiên đăng nhập đã hết hạn hoặc bị thu hồi");
  });
});

describe("logging in", () => {
  const logIn = (next: string) =>
    fetch(`${storefrontUrl}/staff/login?next=${encodeURIComponent(next)}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: storefrontUrl },
      body: new URLSearchParams({ email: "admin@ocop-demo.vn", password: "ocop-demo-2026" }),
    });

  it("returns to a same-site path, and never to another site", async () => {
    expect(location(await logIn("/staff/certificates?days=30"))).toBe("/staff/certificates?days=30");
    expect(location(await logIn("//evil.example/staff"))).toBe("/staff");
    expect(location(await logIn("https://evil.example/"))).toBe("/staff");
  });
});
