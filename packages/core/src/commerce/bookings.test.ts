import { describe, expect, it } from "vitest";
import { bookingPhoneOf, bookingSettingsOf, placesLeft, visitDateOf, visitDateProblem } from "./bookings.js";

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

describe("bookingSettingsOf", () => {
  it("reads a capacity and when to pay", () => {
    expect(bookingSettingsOf({ booking_capacity: 4, booking_payment: "arrival" })).toEqual({ capacity: 4, payment: "arrival" });
  });
  it("has no limit and payment now when nothing usable is set", () => {
    for (const metadata of [null, {}, { booking_capacity: 0 }, { booking_capacity: "lots", booking_payment: "cash" }, { booking_capacity: 2.5 }])
      expect(bookingSettingsOf(metadata), JSON.stringify(metadata)).toEqual({ capacity: null, payment: "vietqr" });
  });
});

describe("placesLeft", () => {
  it("counts down to zero, never below", () => {
    expect(placesLeft(4, 3)).toBe(1);
    expect(placesLeft(4, 6)).toBe(0);
    expect(placesLeft(null, 100)).toBeNull();
  });
});

describe("bookingPhoneOf", () => {
  it("takes Vietnamese numbers as dialled in Vietnam", () => {
    expect(bookingPhoneOf("0912 345 678")).toBe("0912345678");
    expect(bookingPhoneOf("+84 912 345 678")).toBe("0912345678");
  });
  it("takes international numbers with their country code", () => {
    expect(bookingPhoneOf("+44 20 7946 0958")).toBe("+442079460958");
    expect(bookingPhoneOf("+1 (415) 555-0132")).toBe("+14155550132");
  });
  it("refuses what no one can call", () => {
    for (const typed of ["", "12345", "+84 12", "0012 345 678", "+0 123 456 789", "call me", "+1234567890123456"]) expect(bookingPhoneOf(typed), typed).toBeNull();
  });
});
