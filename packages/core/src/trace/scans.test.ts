import { describe, expect, it } from "vitest";
import { newScanId, SCAN_ID } from "./scans.js";

describe("scan ids", () => {
  it("are in the SCAN_ID form and never repeat", () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newScanId()));
    expect(ids.size).toBe(10_000);
    for (const id of ids) expect(id).toMatch(SCAN_ID);
  });

  it("start with the time as a ULID does, so they sort by when the view was answered", () => {
    // The ULID specification's example: 1469918176385 is 01ARYZ6S41.
    expect(newScanId(1469918176385).slice(5, 15)).toBe("01ARYZ6S41");
    const earlier = newScanId(Date.UTC(2026, 11, 5, 8, 0, 0, 0));
    const later = newScanId(Date.UTC(2026, 11, 5, 8, 0, 0, 1));
    expect(earlier < later).toBe(true);
  });
});
