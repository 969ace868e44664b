import { describe, expect, it } from "vitest";
import { addVietnamMonths, fromVietnamDateTimeLocal, isCalendarDay, vietnamDate, vietnamDateTimeLocal, vietnamDay } from "./time.js";

describe("Vietnam time", () => {
  it("reads a day as its start in Vietnam", () => {
    expect(vietnamDate("2026-12-05").toISOString()).toBe("2026-12-04T17:00:00.000Z");
    expect(vietnamDay(new Date("2026-12-04T17:00:00Z"))).toBe("2026-12-05");
    expect(vietnamDay(new Date("2026-12-04T16:59:59Z"))).toBe("2026-12-04");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expect(isCalendarDay("2026-13-05")).toBe(false);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(Number.isNaN(vietnamDate("2026-02-30").getTime())).toBe(true);
    expect(vietnamDay(new Date(Number.NaN))).toBe("");
  });

  it("adds calendar months on Vietnam's calendar, clamping to the month's end", () => {
    expect(vietnamDay(addVietnamMonths(vietnamDate("2024-02-29"), 36))).toBe("2027-02-28");
    expect(vietnamDay(addVietnamMonths(vietnamDate("2026-01-31"), 1))).toBe("2026-02-28");
  });

  it("turns datetime-local values typed in Vietnam into instants with their offset and back", () => {
    expect(fromVietnamDateTimeLocal("2026-12-05T19:30")).toBe("2026-12-05T19:30:00+07:00");
    expect(new Date(fromVietnamDateTimeLocal("2026-12-05T19:30")).toISOString()).toBe("2026-12-05T12:30:00.000Z");
    expect(vietnamDateTimeLocal(new Date("2026-12-05T12:30:00Z"))).toBe("2026-12-05T19:30");
    expect(fromVietnamDateTimeLocal("")).toBe("");
  });
});
