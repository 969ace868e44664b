import { describe, expect, inject, it } from "vitest";

/** Every answer carries the security headers (README, "Security headers"), kept pages and redirects too. */
const { storefrontUrl, backendUrl, publishableKey } = inject("platform");
const LOT = "/01/08939990000016/10/HDTOMNON10-L01";

function expectPageHeaders(headers: Headers, what: string) {
  expect(headers.get("content-security-policy"), what).toContain("frame-ancestors 'none'");
  expect(headers.get("x-frame-options"), what).toBe("DENY");
  expect(headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
  expect(headers.get("permissions-policy"), what).toMatch(/camera=\(\)/);
  expect(headers.get("x-powered-by"), what).toBeNull();
}

describe("security headers", () => {
  it("are on every kind of storefront answer: pages, kept pages, redirects, errors, JSON", async () => {
    const paths = [
      "/",
      "/en/products",
      `/trace${LOT}`, // the lot's page (its GS1 Digital Link URI redirects there), then kept
      `/trace${LOT}`,
      `${LOT}/21/DEMO-UNIT-0001`,
      "/products/che-tom-non-hao-dat",
      "/products/che-tom-non-hao-dat",
      "/producer/login",
      "/cart",
      "/health",
      "/no-such-page",
      "/01/08939990000016",
      "/01/08939990000017/10/X",
    ];
    for (const path of paths) {
      const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual", headers: { "accept-encoding": "br, gzip" } });
      await response.arrayBuffer();
      expectPageHeaders(response.headers, `${path} (${response.status})`);
    }
  });

  it("give every page a policy with hashes and no inline code, the same when the page is kept", async () => {
    const pages = [
      "/",
      "/en/products",
      LOT,
      LOT,
      `${LOT}/21/DEMO-UNIT-0001`,
      `${LOT}/21/DEMO-UNIT-0001`,
      "/products/che-tom-non-hao-dat",
      "/products/che-tom-non-hao-dat",
      "/producer/login",
      "/cart",
      "/no-such-page",
    ];
    const policies = new Map<string, string>();
    for (const path of pages) {
      const response = await fetch(`${storefrontUrl}${path}`, { headers: { "accept-encoding": "gzip" } });
      expect(response.headers.get("content-type"), path).toMatch(/text\/html/);
      await response.arrayBuffer();
      const policy = response.headers.get("content-security-policy") ?? "";
      const directives: Record<string, string[]> = Object.fromEntries(
        policy
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives["default-src"], `${path}: ${policy}`).toEqual(["'self'"]);
      expect(directives["script-src"], path).toContain("'self'");
      expect(
        directives["style-src"]?.some((v) => v.startsWith("'sha256-")),
        `${path}: inline styles by hash`,
      ).toBe(true);
      expect(policy, path).not.toContain("unsafe-inline");
      expect(policy, path).not.toContain("unsafe-eval");
      expect(directives["object-src"], path).toEqual(["'none'"]);
      expect(directives["frame-ancestors"], path).toEqual(["'none'"]);
      expect(directives["img-src"], path).toContain(new URL(backendUrl).origin);
      if (policies.has(path)) expect(policy, `${path} kept`).toBe(policies.get(path));
      policies.set(path, policy);
    }
  });

  it("let an answer that is not a page load and run nothing", async () => {
    for (const path of ["/health", "/01/08939990000016/10/HDTOMNON10-L01?linkType=all"]) {
      const response = await fetch(`${storefrontUrl}${path}`, { headers: { accept: "application/json" } });
      await response.arrayBuffer();
      expect(response.headers.get("content-security-policy"), path).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
    }
  });

  it("keep built files from being read as another type", async () => {
    const response = await fetch(`${storefrontUrl}/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("are on the backend's answers, without X-Powered-By", async () => {
    for (const path of ["/store/ocop/taxonomy", "/store/trace/resolve?short=NOPE0000"]) {
      const response = await fetch(`${backendUrl}${path}`, { headers: { "x-publishable-api-key": publishableKey } });
      await response.arrayBuffer();
      expectPageHeaders(response.headers, `backend ${path} (${response.status})`);
    }
  });
});
