import { describe, expect, it } from "vitest";
import { isResolverPath, parseDigitalLink, parseShortCode, requestedLinkType, wantsLinkset, withQuery } from "./resolver.ts";

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
    [`/01/${GTIN}/10/L1`, "?17=271399", "date"],
    [`/01/${GTIN}/99/L1`, "", "syntax"],
    [`/02/${GTIN}`, "", "syntax"],
    [`/01/${GTIN}/10/L%0A1`, "", "syntax"], // a line feed, percent-encoded: the grammar sees "%0A"
    [`/01/${GTIN}/10/L1/21/S%E0%A4`, "", "syntax"], // not UTF-8
    [`/01/${GTIN}/10/${"%41".repeat(21)}`, "", "syntax"], // 21 characters once decoded
  ])("refuses %s%s as %s", (path, search, problem) => {
    expect(parseDigitalLink(path, search)).toMatchObject({ problem });
  });

  it.each([
    ["?17=270230", "17=270230"], // 30 February
    ["?17=270229", "17=270229"], // 29 February, not a leap year
    ["?17=270431", "17=270431"],
    ["?15=261300", "15=261300"],
    ["?11=250431", "11=250431"],
    ["?7007=250101250230", "7007=250101250230"],
    ["?7003=2701012460", "7003=2701012460"],
  ])("refuses a date off the calendar: %s", (search, detail) => {
    expect(parseDigitalLink(`/01/${GTIN}/10/L1`, search)).toEqual({ problem: "date", detail });
  });

  it.each(["?17=280229", "?17=270200", "?17=271231", "?7007=250101250131", "?7007=250101", "?7003=2701012359"])("accepts the calendar date %s", (search) => {
    expect(parseDigitalLink(`/01/${GTIN}/10/L1`, search)).toMatchObject({ kind: "gs1", lot: "L1" });
  });

  it("reads AI 235, which digital-link.js 1.4.3 does not know, and checks its value", () => {
    expect(parseDigitalLink(`/01/${GTIN}/235/TPX%2F01`, "")).toEqual({ kind: "gs1", gtin: GTIN, tpx: "TPX/01" });
    expect(parseDigitalLink(`/01/${GTIN}/235/${"A".repeat(29)}`, "")).toMatchObject({ problem: "syntax" });
    expect(parseDigitalLink(`/01/${GTIN}/235/A%20B`, "")).toMatchObject({ problem: "syntax" });
    expect(parseDigitalLink(`/01/${GTIN}/235/TPX/10/L1`, "")).toMatchObject({ problem: "syntax" });
    expect(parseDigitalLink(`/01/${GTIN}/235/TPX`, "?17=270230")).toMatchObject({ problem: "date" });
  });

  it("tolerates one trailing slash", () => {
    expect(parseDigitalLink(`/01/${GTIN}/10/L1/`, "")).toEqual(parseDigitalLink(`/01/${GTIN}/10/L1`, ""));
    expect(parseDigitalLink(`/01/${GTIN}/`, "")).toMatchObject({ kind: "gs1", gtin: GTIN });
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
    ["/trace/01/08939990000016/10/L1", true],
    ["/en/trace/01/08939990000016", true],
    ["/tracer", false],
  ])("%s is one: %s", (path, expected) => {
    expect(isResolverPath(path)).toBe(expected);
  });
});

describe("link types", () => {
  it("knows the ones served, and tells an unknown one apart from none", () => {
    expect(requestedLinkType(new URLSearchParams(""))).toBeNull();
    expect(requestedLinkType(new URLSearchParams("linkType=gs1:traceability"))).toBe("gs1:traceability");
    // linkType=all is the resolver standard's older name for the linkset.
    expect(requestedLinkType(new URLSearchParams("linkType=all"))).toBe("linkset");
    expect(requestedLinkType(new URLSearchParams("linkType=linkset"))).toBe("linkset");
    expect(requestedLinkType(new URLSearchParams("linkType=gs1:defaultLink"))).toBeNull();
    expect(requestedLinkType(new URLSearchParams("linkType=gs1:recipeInfo"))).toBeUndefined();
    expect(requestedLinkType(new URLSearchParams("linkType=https://example.org/voc/pip"))).toBeUndefined();
  });

  it.each(["gs1:pip", "https://gs1.org/voc/pip", "https://ref.gs1.org/voc/pip", "https://www.gs1.org/voc/pip", "http://gs1.org/voc/pip"])("reads %s as gs1:pip", (value) => {
    expect(requestedLinkType(new URLSearchParams({ linkType: value }))).toBe("gs1:pip");
  });

  it("gives the linkset for linkType=linkset, or for Accept: application/linkset+json with no link type", () => {
    expect(wantsLinkset("linkset", null)).toBe(true);
    expect(wantsLinkset(null, "application/linkset+json")).toBe(true);
    expect(wantsLinkset(null, "text/html, application/linkset+json;q=0.9")).toBe(true);
    expect(wantsLinkset(null, "text/html,*/*")).toBe(false);
    expect(wantsLinkset("gs1:pip", "application/linkset+json")).toBe(false);
  });
});

describe("query strings across a redirect", () => {
  const search = (s: string) => new URLSearchParams(s);
  it("passes on every pair but linkType, before any fragment", () => {
    expect(withQuery("https://x.vn/p", search("foo=bar&linkType=gs1:pip"))).toBe("https://x.vn/p?foo=bar");
    expect(withQuery("https://x.vn/p#cert", search("a=1&b=2"))).toBe("https://x.vn/p?a=1&b=2#cert");
    expect(withQuery("https://x.vn/t?linkType=gs1:traceability", search("17=271031"))).toBe("https://x.vn/t?linkType=gs1:traceability&17=271031");
    expect(withQuery("https://x.vn/p", search("linkType=gs1:pip"))).toBe("https://x.vn/p");
  });
});
