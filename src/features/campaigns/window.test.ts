import { describe, expect, it } from "vitest";
import { runningAt } from "./window.ts";

describe("a campaign's window", () => {
  const week = { starts_at: "2026-12-01T00:00:00.000Z", ends_at: "2026-12-08T00:00:00.000Z" };
  it("runs from its start, up to but not including its end", () => {
    expect(runningAt(week, new Date("2026-11-30T23:59:59Z"))).toBe(false);
    expect(runningAt(week, new Date("2026-12-01T00:00:00Z"))).toBe(true);
    expect(runningAt(week, new Date("2026-12-07T23:59:59Z"))).toBe(true);
    expect(runningAt(week, new Date("2026-12-08T00:00:00Z"))).toBe(false);
  });
  it("treats an open start or end as always", () => {
    expect(runningAt({ starts_at: null, ends_at: null }, new Date())).toBe(true);
    expect(runningAt({ starts_at: null, ends_at: week.ends_at }, new Date("2020-01-01"))).toBe(true);
  });
});
