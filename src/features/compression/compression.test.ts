import { describe, expect, it } from "vitest";
import { chooseEncoding, isCompressible } from "./compression.ts";

describe("choosing an encoding", () => {
  it("prefers br, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(null)).toBeNull();
  });
});

describe("what is compressed", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it("compresses HTML, JSON and SVG bodies", () => {
    for (const type of ["text/html; charset=utf-8", "application/json", "application/linkset+json", "image/svg+xml"]) {
      expect(isCompressible(200, headers({ "content-type": type }), "GET"), type).toBe(true);
    }
  });
  it("leaves images, small, encoded, HEAD and no-transform answers alone", () => {
    expect(isCompressible(200, headers({ "content-type": "image/png" }), "GET")).toBe(false);
    expect(isCompressible(200, headers({ "content-type": "application/pdf" }), "GET")).toBe(false);
    expect(isCompressible(200, headers({ "content-type": "text/html", "content-length": "100" }), "GET")).toBe(false);
    expect(isCompressible(200, headers({ "content-type": "text/html", "content-encoding": "gzip" }), "GET")).toBe(false);
    expect(isCompressible(200, headers({ "content-type": "text/html" }), "HEAD")).toBe(false);
    expect(isCompressible(304, headers({ "content-type": "text/html" }), "GET")).toBe(false);
    expect(isCompressible(200, headers({ "content-type": "text/html", "cache-control": "public, no-transform" }), "GET")).toBe(false);
  });
});
