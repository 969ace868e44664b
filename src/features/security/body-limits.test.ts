import { describe, expect, it } from "vitest";
import { API_BYTES, addressHasNul, bodyRule, declaresMoreThan, FORM_BYTES, isFormType } from "./body-limits.ts";

const allowances = [{ path: /^\/(en\/)?producer\/products\/[^/]+\/?$/, bytes: 16_000_000, why: "photo" }];

describe("bodyRule", () => {
  it("gives pages the plain-form limit and API routes theirs", () => {
    expect(bodyRule("/account/login", allowances)).toEqual({ kind: "form", limit: FORM_BYTES });
    expect(bodyRule("/api/cache/invalidate", allowances)).toEqual({ kind: "api", limit: API_BYTES });
  });
  it("gives a route with an allowance its allowance, in both languages", () => {
    expect(bodyRule("/producer/products/prod_1", allowances).limit).toBe(16_000_000);
    expect(bodyRule("/en/producer/products/prod_1", allowances).limit).toBe(16_000_000);
    expect(bodyRule("/producer/products", allowances).limit).toBe(FORM_BYTES);
  });
});

describe("isFormType", () => {
  it("takes the two form encodings, with their parameters, in any case", () => {
    expect(isFormType("application/x-www-form-urlencoded")).toBe(true);
    expect(isFormType("Multipart/Form-Data; boundary=x")).toBe(true);
  });
  it("refuses anything else", () => {
    for (const type of [null, "", "text/plain", "application/json", "multipart/mixed; boundary=x"]) expect(isFormType(type), String(type)).toBe(false);
  });
});

describe("declaresMoreThan", () => {
  it("reads a declared length", () => {
    expect(declaresMoreThan("1001", 1000)).toBe(true);
    expect(declaresMoreThan("1000", 1000)).toBe(false);
  });
  it("takes a missing or unreadable one as declaring nothing (the stream is counted instead)", () => {
    expect(declaresMoreThan(null, 10)).toBe(false);
    expect(declaresMoreThan("lots", 10)).toBe(false);
  });
});

describe("addressHasNul", () => {
  it("finds %00 in any case, in a path or a parameter", () => {
    expect(addressHasNul("http://x/products/%00")).toBe(true);
    expect(addressHasNul("http://x/search?q=a%00")).toBe(true);
    expect(addressHasNul("http://x/search?q=%2500")).toBe(false);
  });
});
