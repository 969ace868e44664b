import { describe, expect, it } from "vitest";
import { NOTHING_POLICY, pagePolicy, securityHeaders } from "./headers.js";

describe("security headers", () => {
  it("forbid framing and sniffing, limit referrers and features", () => {
    const headers = securityHeaders({ https: false });
    expect(headers["Content-Security-Policy"]).toBe("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\)/);
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("ask for https only when the site is served over it", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("page policy", () => {
  const astro = "default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-def'";

  it("completes Astro's policy with the backend's images and no framing", () => {
    const policy = pagePolicy(astro, { imageOrigins: ["http://localhost:9000/static"] });
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("img-src 'self' data: http://localhost:9000 https://*.stripe.com");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("changes nothing when completed twice", () => {
    const once = pagePolicy(astro, { imageOrigins: ["http://localhost:9000"] });
    expect(pagePolicy(once, { imageOrigins: ["http://localhost:9000"] })).toBe(once);
  });

  it("lets an answer that is not a page load and run nothing", () => {
    expect(pagePolicy(null, { imageOrigins: [] })).toBe(NOTHING_POLICY);
    expect(NOTHING_POLICY).toContain("default-src 'none'");
  });
});
