import { describe, expect, it } from "vitest";
import { isResolverPath, parseDigitalLink, parseShortCode, requestedLinkType } from "./resolver.ts";

/** Conformance cases for the GS1 Digital Link paths we resolve. */
describe("GS1 Digital Link parsing", () => {
  const GTIN = "08939990000016";

  it.each([
    [`/01/${GTIN}`, "", { kind: "gs1", gtin: GTIN }],
    [`/01/8939990000016`, "", { kind: "gs1", gtin: GTIN }],
    [`/01/${GTIN}/10/HDTOMNON10-L01`, "", { kind: "gs1", gtin: GTIN, lot: "HDTOMNON10-L01" }],
    [`/01/${GTIN}/10/LOT%2F7/21/DEMO-COPY-0001`, "", { kind: "gs1", gtin: GTIN, lot: "LOT/7", serial: "DEMO-COPY-0001" }],
    [`/01/${GTIN}/21/ABC123`, "", { kind: "gs1", gtin: GTIN, serial: "ABC123" }],
    [`/01/${GTIN}/10/L1`, "?17=271031&linkType=gs1:pip", { kind: "gs1", gtin: GTIN, lot: "L1", expiry: "271031" }],
  ])("accepts %s%s", (path, search, expected) => {
    expect(parseDigitalLink(path, search)).toMatchObject(expected);
  });

  it.each([
    [`/01/08939990000017`, "", "check-digit"],
    [`/01/123`, "", "syntax"],
    [`/01/${GTIN}/21/S1/10/L1`, "", "syntax"],
    [`/01/${GTIN}/10/L%20X`, "", "syntax"],
    [`/01/${GTIN}/10/ABCDEFGHIJKLMNOPQRSTU`, "", "syntax"],
    [`/01/${GTIN}/10/L1`, "?17=271399", "syntax"],
    [`/01/${GTIN}/99/L1`, "", "syntax"],
    [`/02/${GTIN}`, "", "syntax"],
    [`/01/${GTIN}/10/L%0A1`, "", "syntax"], // a line feed, percent-encoded: the grammar sees "%0A"
    [`/01/${GTIN}/10/L1/21/S%E0%A4`, "", "syntax"], // not UTF-8
    [`/01/${GTIN}/10/${"%41".repeat(21)}`, "", "syntax"], // 21 characters once decoded
  ])("refuses %s%s as %s", (path, search, problem) => {
    expect(parseDigitalLink(path, search)).toMatchObject({ problem });
  });

  it("explains AI order", () => {
    expect(parseDigitalLink(`/01/${GTIN}/21/S1/10/L1`, "")).toEqual({ problem: "syntax", detail: "the lot (10) must come before the serial (21)" });
  });
});

describe("short codes", () => {
  it("reads /t/{code} and /t/{code}/{serial}", () => {
    expect(parseShortCode("/t/DM000002")).toEqual({ kind: "short", short: "DM000002", serial: undefined });
    expect(parseShortCode("/t/dm000002/ABC")).toEqual({ kind: "short", short: "DM000002", serial: "ABC" });
  });

  it.each(["/t/", "/t/SHORT", "/t/DM000002/a b", "/t/DM000002/S/extra", "/t/DM000002/S%09", "/t/DM000002/%ZZ"])("refuses %s", (path) => {
    expect(parseShortCode(path)).toMatchObject({ problem: "syntax" });
  });
});

describe("resolver paths", () => {
  it.each([
    ["/01/08939990000016", true],
    ["/en/t/DM000002", true],
    ["/t", true],
    ["/products/t", false],
    ["/tea", false],
    ["/en/011", false],
  ])("%s is one: %s", (path, expected) => {
    expect(isResolverPath(path)).toBe(expected);
  });
});

describe("link types", () => {
  it("knows the ones served, and tells an unknown one apart from none", () => {
    expect(requestedLinkType(new URLSearchParams(""))).toBeNull();
    expect(requestedLinkType(new URLSearchParams("linkType=gs1:traceability"))).toBe("gs1:traceability");
    expect(requestedLinkType(new URLSearchParams("linkType=all"))).toBe("all");
    expect(requestedLinkType(new URLSearchParams("linkType=gs1:recipeInfo"))).toBeUndefined();
  });
});
