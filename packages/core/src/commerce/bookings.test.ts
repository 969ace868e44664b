import { describe, expect, it } from "vitest";
import { visitDateOf, visitDateProblem } from "./bookings.js";

describe("visitDateOf", () => {
  it("reads a real calendar day", () => {
    expect(visitDateOf({ visit_date: "2026-12-24" })).toBe("2026-12-24");
  });
  it("ignores what is not one", () => {
    for (const value of ["not a date", "2026-02-30", "2026-12-24T00:00:00Z", 20261224, null, ["2026-12-24"], { y: 2026 }]) {
      expect(visitDateOf({ visit_date: value }), String(value)).toBeNull();
    }
    expect(visitDateOf(null)).toBeNull();
    expect(visitDateOf("2026-12-24")).toBeNull();
  });
});

describe("visitDateProblem", () => {
  const today = "2026-12-05";
  it("takes today and later days", () => {
    expect(visitDateProblem("2026-12-05", today)).toBeNull();
    expect(visitDateProblem("2027-01-01", today)).toBeNull();
  });
  it("refuses a past day and what is not a day", () => {
    expect(visitDateProblem("2026-12-04", today)).toBe("past");
    for (const value of ["soon", "2026-13-01", "", 1, null, {}]) expect(visitDateProblem(value, today), String(value)).toBe("invalid");
  });
});
