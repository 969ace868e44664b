import { describe, expect, it } from "vitest";
import { sniffType } from "./sniff.js";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const riff = (chunk: string, rest = "") => bytes("RIFF", [0x40, 0, 0, 0], "WEBP", chunk, rest);

describe("sniffType", () => {
  it("knows JPEG, PNG, WebP and PDF by their first bytes", () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"))).toBe("image/jpeg");
    expect(sniffType(bytes([0x89], "PNG\r\n", [0x1a, 0x0a], "IHDR"))).toBe("image/png");
    expect(sniffType(riff("VP8 "))).toBe("image/webp");
    expect(sniffType(riff("VP8L"))).toBe("image/webp");
    expect(sniffType(riff("VP8X"))).toBe("image/webp");
    expect(sniffType(bytes("%PDF-1.7\n"))).toBe("application/pdf");
  });

  it("does not take RIFF….WEBP followed by HTML for a WebP", () => {
    expect(sniffType(riff("<html><script>alert(1)</script>"))).toBeNull();
  });

  it("knows nothing else, whatever the file is called", () => {
    expect(sniffType(bytes("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(sniffType(bytes("GIF89a"))).toBeNull();
    expect(sniffType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
    expect(sniffType(bytes([0xff, 0xd8]))).toBeNull();
  });
});
