import { describe, expect, it } from "vitest";
import { buildIcs, foldLine, icsText, icsTime } from "./ics.ts";

const event = {
  uid: "lstr_tea@ocop.example.vn",
  stamp: new Date("2026-11-29T08:00:00.123Z"),
  start: new Date("2026-12-05T12:00:00Z"),
  end: new Date("2026-12-05T13:30:00Z"),
  summary: "Live chè Tân Cương; chè đinh, chè tôm\\nõn",
  description: "Người dẫn: HTX Chè Hảo Đạt\nNền tảng: Facebook. Giới thiệu chè tôm nõn và chè đinh Tân Cương, giá ưu đãi trong phiên.",
  url: "https://ocop.example.vn/livestreams/lstr_tea/go?a=1,2",
};

describe("buildIcs", () => {
  const ics = buildIcs(event);

  it("is one VCALENDAR with one VEVENT, every line ending in CRLF", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
  });

  it("gives UTC times, a UID and a stamp", () => {
    expect(ics).toContain("\r\nUID:lstr_tea@ocop.example.vn\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261129T080000Z\r\n");
    expect(ics).toContain("\r\nDTSTART:20261205T120000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20261205T133000Z\r\n");
  });

  it("escapes text but not the URL", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Live chè Tân Cương\\; chè đinh\\, chè tôm\\\\nõn\r\n");
    expect(unfolded).toContain("DESCRIPTION:Người dẫn: HTX Chè Hảo Đạt\\nNền tảng: Facebook. Giới thiệu chè tôm nõn và chè đinh Tân Cương\\, giá ưu đãi trong phiên.\r\n");
    expect(unfolded).toContain("URL:https://ocop.example.vn/livestreams/lstr_tea/go?a=1,2\r\n");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n /);
  });
});

describe("the pieces", () => {
  it("writes UTC date-times without separators or milliseconds", () => {
    expect(icsTime(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102T030405Z");
  });

  it("escapes backslashes before the characters it adds", () => {
    expect(icsText("a\\b;c,d\r\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("keeps multi-byte characters whole when folding", () => {
    const folded = foldLine(`SUMMARY:${"đ".repeat(60)}`);
    const [first, second] = folded.split("\r\n");
    expect(Buffer.byteLength(first ?? "", "utf8")).toBeLessThanOrEqual(75);
    expect(second?.startsWith(" đ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"đ".repeat(60)}`);
  });
});
