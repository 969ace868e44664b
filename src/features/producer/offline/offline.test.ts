import { describe, expect, it } from "vitest";
import { isLotPage, keptPageKey, retryDelay, typedTime, vietnamNow } from "./offline.ts";

describe("offline capture rules", () => {
  it("waits 2 s after a failure, doubling up to a minute", () => {
    expect([1, 2, 3, 4, 6, 10].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 60_000, 60_000]);
  });

  it("reads now on Vietnam's clock, whatever the phone's time zone", () => {
    expect(vietnamNow(new Date("2026-12-05T12:30:45Z"))).toBe("2026-12-05T19:30");
    expect(vietnamNow(new Date("2026-12-05T20:00:00Z"))).toBe("2026-12-06T03:00");
  });

  it("shows a typed time day first", () => {
    expect(typedTime("2026-11-20T06:15")).toBe("20/11/2026 06:15");
    expect(typedTime("")).toBe("");
  });

  it("keeps only the portal's lot pages", () => {
    expect(isLotPage("/producer/lots", "/producer/")).toBe(true);
    expect(isLotPage("/en/producer/lots/lot_01ABC", "/en/producer/")).toBe(true);
    expect(isLotPage("/producer/lots/lot_01ABC/labels", "/producer/")).toBe(false);
    expect(isLotPage("/producer/orders", "/producer/")).toBe(false);
    expect(isLotPage("/products/che", "/producer/")).toBe(false);
    expect(isLotPage("/producer/lotsx", "/producer/")).toBe(false);
  });

  it("keeps a lot page and each step's form under their own addresses, a correction not at all", () => {
    const key = (path: string) => keptPageKey(new URL(path, "https://ocop.example"));
    expect(key("/producer/lots/lot_1?saved=1")).toBe("https://ocop.example/producer/lots/lot_1");
    expect(key("/producer/lots/lot_1?step=harvest&saved=1")).toBe("https://ocop.example/producer/lots/lot_1?step=harvest");
    expect(key("/producer/lots/lot_1?step=harvest&correct=ev_1")).toBeNull();
  });
});
