import { describe, expect, it } from "vitest";
import { barScale, periodQuery, readPeriod } from "./program.ts";

describe("barScale", () => {
  it("maps the largest value onto the whole width", () => {
    const scale = barScale([3, 12, 6], 400);
    expect(scale(12)).toBe(400);
    expect(scale(6)).toBe(200);
    expect(scale(0)).toBe(0);
  });
  it("uses a given maximum (shares run to 1) and clamps outside it", () => {
    const scale = barScale([0.2, 0.4], 300, 1);
    expect(scale(0.4)).toBe(120);
    expect(scale(1.5)).toBe(300);
    expect(scale(-1)).toBe(0);
  });
  it("draws nothing for all zeros instead of dividing by zero", () => {
    expect(barScale([0, 0], 300)(0)).toBe(0);
  });
});

describe("readPeriod", () => {
  it("keeps the dates given and leaves empty ones to the default", () => {
    expect(readPeriod(new URLSearchParams("from=2026-01-01&to="))).toEqual({ period: { from: "2026-01-01" }, problems: [] });
  });
  it("names a date that is not YYYY-MM-DD", () => {
    expect(readPeriod(new URLSearchParams("from=01/02/2026")).problems).toEqual(["from: a date written YYYY-MM-DD"]);
  });
});

describe("periodQuery", () => {
  it("writes the period as a query string, or nothing", () => {
    expect(periodQuery({ from: "2026-01-01", to: "2026-06-30" })).toBe("?from=2026-01-01&to=2026-06-30");
    expect(periodQuery({})).toBe("");
  });
});
