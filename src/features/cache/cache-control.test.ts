import { describe, expect, it } from "vitest";
import { applyOutcome, cacheControl, catalogueCacheControlUntil, pageCacheUntil } from "./cache-control.ts";

describe("applyOutcome", () => {
  const response = () => ({ status: 200, headers: new Headers() });

  it("caches a found catalogue page publicly", () => {
    const r = response();
    applyOutcome(r, "found", "catalogue");
    expect(r.status).toBe(200);
    expect(r.headers.get("Cache-Control")).toBe(cacheControl("catalogue"));
    expect(cacheControl("catalogue")).toMatch(/^public, /);
  });

  it("answers 404 for a missing page", () => {
    const r = response();
    applyOutcome(r, "missing", "catalogue");
    expect(r.status).toBe(404);
  });

  it("never lets a shared cache keep a failure", () => {
    const r = response();
    applyOutcome(r, "unavailable", "catalogue");
    expect(r.status).toBe(503);
    expect(r.headers.get("Cache-Control")).toBe("private, no-store");
  });
});

describe("catalogueCacheControlUntil", () => {
  const now = new Date("2026-12-05T12:00:00Z");
  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it("keeps the catalogue rule when nothing changes within any cache's reach", () => {
    expect(catalogueCacheControlUntil(null, now)).toBe(cacheControl("catalogue"));
    expect(catalogueCacheControlUntil(later(361), now)).toBe(cacheControl("catalogue"));
  });

  it("ends freshness at the change and allows no stale copy", () => {
    expect(catalogueCacheControlUntil(later(360), now)).toBe("public, max-age=60, must-revalidate");
    expect(catalogueCacheControlUntil(later(42.9), now)).toBe("public, max-age=42, must-revalidate");
    expect(catalogueCacheControlUntil(later(0.5), now)).toBe("public, max-age=0, must-revalidate");
  });
});

describe("cacheControl", () => {
  it("makes every trace page view reach the storefront, yet lets a cache show it when the storefront fails", () => {
    const directives = cacheControl("trace").split(", ");
    expect(directives).toContain("max-age=0");
    expect(directives).toContain("stale-if-error=86400");
    expect(directives).not.toContain("no-store");
  });
});

describe("pageCacheUntil", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  it("keeps a page a minute, never past the next edge ahead", () => {
    expect(pageCacheUntil([], now)).toBe(60);
    expect(pageCacheUntil([null, undefined], now)).toBe(60);
    expect(pageCacheUntil([new Date("2026-12-05T10:00:20Z")], now)).toBe(20);
    expect(pageCacheUntil(["2026-12-05T10:00:45Z", new Date("2026-12-06T00:00:00Z")], now)).toBe(45);
  });
  it("ignores edges already passed, and keeps nothing at an edge", () => {
    expect(pageCacheUntil([new Date("2026-12-04T00:00:00Z")], now)).toBe(60);
    expect(pageCacheUntil([now], now)).toBe(0);
  });
});
