import { describe, expect, it } from "vitest";
import { areaOf, loginPath, safeNext } from "./areas.ts";

describe("safeNext", () => {
  const fallback = "/producer";
  it("keeps a same-site path with its query", () => {
    expect(safeNext("/producer/lots/lot_1", fallback)).toBe("/producer/lots/lot_1");
    expect(safeNext("/en/staff/certificates?days=30", fallback)).toBe("/en/staff/certificates?days=30");
  });
  it("refuses another site, a scheme, and tricks that browsers read as one", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "evil.example/x", "/%0a/x\n", "/ x", "\\\\evil", ""]) {
      expect(safeNext(bad, fallback), bad).toBe(fallback);
    }
    expect(safeNext(null, fallback)).toBe(fallback);
    expect(safeNext(undefined, fallback)).toBe(fallback);
  });
});

describe("areaOf", () => {
  it("finds the area, its language and its public pages", () => {
    expect(areaOf("/producer/lots")).toMatchObject({ area: "producer", locale: "vi", home: "/producer", rest: "/lots", open: false });
    expect(areaOf("/en/staff/login")).toMatchObject({ area: "staff", locale: "en", home: "/en/staff", open: true });
    expect(areaOf("/account")).toMatchObject({ area: "account", open: false });
    expect(areaOf("/account/register/")).toMatchObject({ area: "account", open: true });
    expect(areaOf("/producer/reset-password")).toMatchObject({ open: true });
    expect(areaOf("/staff/register")).toMatchObject({ open: false });
  });
  it("leaves the rest of the site alone, other language prefixes included", () => {
    expect(areaOf("/producers/htx-che")).toBeNull();
    expect(areaOf("/products/account")).toBeNull();
    expect(areaOf("/")).toBeNull();
    expect(areaOf("/fr/producer")).toBeNull();
    expect(areaOf("/accounts")).toBeNull();
  });
});

describe("loginPath", () => {
  it("carries the return path, and the notice when the session ended", () => {
    expect(loginPath({ area: "staff", locale: "en" }, "/en/staff/dashboard?from=2026-01-01", false)).toBe("/en/staff/login?next=%2Fen%2Fstaff%2Fdashboard%3Ffrom%3D2026-01-01");
    expect(loginPath({ area: "producer", locale: "vi" }, "/producer/orders", true)).toBe("/producer/login?next=%2Fproducer%2Forders&ended=1");
  });
});
