import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "./options.ts";

describe("npm run bench options", () => {
  it("defaults to the demo catalogue, 10 s runs of 8 connections, with Lighthouse", () => {
    expect(parseBenchOptions([])).toEqual({ scale: null, reuse: false, duration: 10, connections: 8, lighthouse: true });
  });

  it("reads a scale, duration and connections, spaced or with =", () => {
    expect(parseBenchOptions(["--scale", "0.05", "--duration=5", "--connections", "4", "--no-lighthouse"])).toEqual({
      scale: 0.05,
      reuse: false,
      duration: 5,
      connections: 4,
      lighthouse: false,
    });
  });

  it("names every bad argument at once, with the usage", () => {
    expect(() => parseBenchOptions(["--scale", "2", "--duration", "-1", "--fast"])).toThrow(
      /unknown argument "--fast".*--scale must be at most 1.*--duration.*\nusage: npm run bench/s,
    );
  });

  it("refuses a scale without a number, and --reuse with --scale", () => {
    expect(() => parseBenchOptions(["--scale"])).toThrow(/--scale needs a number/);
    expect(() => parseBenchOptions(["--reuse", "--scale", "0.1"])).toThrow(/leave out --scale/);
  });
});
