import { describe, expect, it } from "vitest";
import { securityHeaders } from "./headers.js";

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
