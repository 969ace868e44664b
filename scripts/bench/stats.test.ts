import { describe, expect, it } from "vitest";
import { percentile, summarise } from "./stats.ts";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("picks the value at the rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it("answers the only value of one, and NaN of none", () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarise", () => {
  it("sorts latencies and counts throughput over the run's length", () => {
    expect(summarise([30, 10, 20, 40], 1, 2)).toEqual({ requests: 4, errors: 1, seconds: 2, rps: 2, p50: 20, p95: 40, p99: 40 });
  });
});
