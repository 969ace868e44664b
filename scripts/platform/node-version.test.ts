import { describe, expect, it } from "vitest";
import { assertNodeVersion } from "./node-version.ts";

describe("assertNodeVersion", () => {
  it("accepts 22.12 and newer", () => {
    for (const version of ["22.12.0", "22.23.5", "24.1.0"]) expect(() => assertNodeVersion(version)).not.toThrow();
  });

  it("refuses older versions and says what to do", () => {
    expect(() => assertNodeVersion("20.20.2")).toThrow(/Node\.js 22\.12 or newer is needed; this is 20\.20\.2/);
    expect(() => assertNodeVersion("22.11.0")).toThrow(/README/);
  });
});
