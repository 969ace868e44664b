import { describe, expect, it } from "vitest";
import { formatNumber, formatVnd } from "./format.ts";

// Intl puts a no-break space between amount and symbol; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, " ");

describe("formatVnd", () => {
  it("shows whole đồng with Vietnamese grouping", () => {
    expect(plain(formatVnd(250_000, "vi"))).toBe("250.000 ₫");
  });

  it("never shows a minor unit, even for a fractional input", () => {
    expect(plain(formatVnd(1_234_567.6, "vi"))).toBe("1.234.568 ₫");
  });

  it("uses English grouping on English pages", () => {
    expect(plain(formatVnd(75_000, "en"))).toBe("₫75,000");
  });
});

describe("formatNumber", () => {
  it("groups digits per locale", () => {
    expect(formatNumber(16000, "vi")).toBe("16.000");
    expect(formatNumber(16000, "en")).toBe("16,000");
  });
});
