import { describe, expect, it } from "vitest";
import { GS1_TEXT, gs1CheckDigit, newSerial, normaliseGtin, randomCode, SERIAL_LENGTH } from "./codes.js";

describe("GS1 codes", () => {
  it("computes check digits as GS1 does", () => {
    // GS1's worked example: GTIN-13 629104150021 → check digit 3.
    expect(gs1CheckDigit("629104150021")).toBe(3);
    expect(gs1CheckDigit("0893999000001")).toBe(6);
  });

  it("normalises GTIN-8/12/13 to GTIN-14 and refuses a bad check digit or length", () => {
    expect(normaliseGtin("6291041500213")).toBe("06291041500213");
    expect(normaliseGtin("6291041500214")).toBeUndefined();
    expect(normaliseGtin("62910415002")).toBeUndefined();
    expect(normaliseGtin("abcdefghijklm")).toBeUndefined();
  });

  it("makes serials that are random, unambiguous and valid GS1 text", () => {
    const serials = new Set(Array.from({ length: 5000 }, newSerial));
    expect(serials.size).toBe(5000);
    for (const serial of serials) {
      expect(serial).toHaveLength(SERIAL_LENGTH);
      expect(serial).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
      expect(serial).toMatch(GS1_TEXT);
    }
    // Every character of the alphabet turns up: no bias towards a subset.
    expect(new Set(randomCode(4000)).size).toBe(32);
  });
});
