import { normaliseGtin } from "@ocop/core";
import { verifyChain } from "@ocop/core/chain";
import { describe, expect, it } from "vitest";

import { countsAt, NATIONAL } from "./scale.ts";
import { benchGtin, eventRows, lotId, lotRow, serialRows, shortCode } from "./trace-rows.ts";

const product = { product_id: "prod_1", variant_id: "variant_1", index: 0 };

describe("generated trace rows", () => {
  it("give every lot a journey whose hash chain verifies, 6 to 14 events long", () => {
    for (const n of [0, 1, 7, 8, 199_999]) {
      const { start } = lotRow(n, product, new Date("2026-11-29T00:00:00Z"));
      const events = eventRows(n, start);
      expect(events.length).toBeGreaterThanOrEqual(6);
      expect(events.length).toBeLessThanOrEqual(14);
      expect(verifyChain(events)).toEqual({ verified: true, events: events.length });
      expect(new Set(events.map((e) => e.lot_id))).toEqual(new Set([lotId(n)]));
    }
  });

  it("break the chain when an event is changed, as the trace page would see", () => {
    const events = eventRows(3, new Date("2026-01-01T00:00:00Z"));
    const tampered = events.map((e) => (e.seq === 2 ? { ...e, quantity: 999 } : e));
    expect(verifyChain(tampered)).toMatchObject({ verified: false, broken_at: 2 });
  });

  it("make GTINs with a right check digit for two products in three, and 8-character short codes", () => {
    expect(benchGtin(0)).toBe("08939980000002");
    expect(normaliseGtin(benchGtin(1) ?? "")).toBe(benchGtin(1));
    expect(benchGtin(2)).toBeNull();
    expect(shortCode(199_999)).toMatch(/^[0-9A-Z]{8}$/);
  });

  it("serialise every fifth lot with 20 units, numbered without gaps", () => {
    expect(serialRows(1)).toEqual([]);
    expect(serialRows(0).map((s) => s.id)).toEqual(Array.from({ length: 20 }, (_, i) => `ser_bench_${i}`));
    expect(serialRows(5)[0]).toMatchObject({ id: "ser_bench_20", lot_id: "lot_bench_5" });
  });
});

describe("countsAt", () => {
  it("is the national catalogue at 1, about ten events per lot", () => {
    const { events, ...rest } = NATIONAL;
    const counts = countsAt(1);
    expect(counts).toMatchObject({ ...rest, serials: 800_000 });
    expect(Math.abs(counts.events - events)).toBeLessThan(10); // 6 to 14 events a lot, 10 on average
  });

  it("scales every count down, never below one", () => {
    expect(countsAt(0.01)).toEqual({ products: 160, producers: 65, lots: 2_000, events: 19_993, scans: 100_000, serials: 8_000 });
    expect(countsAt(0.000001).products).toBe(1);
  });

  it("refuses a scale outside (0, 1]", () => {
    expect(() => countsAt(0)).toThrow(/above 0 and at most 1/);
    expect(() => countsAt(1.5)).toThrow(/above 0 and at most 1/);
  });
});
