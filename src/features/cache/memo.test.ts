import { describe, expect, it } from "vitest";
import { TaggedCache } from "./memo.ts";

describe("TaggedCache", () => {
  it("loads once within the TTL and again after it", async () => {
    let clock = 0;
    let loads = 0;
    const cache = new TaggedCache(1000, () => clock);
    const load = async () => ++loads;
    expect(await cache.get("k", ["t"], load)).toBe(1);
    expect(await cache.get("k", ["t"], load)).toBe(1);
    clock = 1001;
    expect(await cache.get("k", ["t"], load)).toBe(2);
  });

  it("drops entries by tag", async () => {
    const cache = new TaggedCache(60_000);
    let loads = 0;
    await cache.get("a", ["catalogue", "product:a"], async () => ++loads);
    await cache.get("b", ["catalogue"], async () => ++loads);
    expect(cache.invalidate(["product:a"])).toBe(1);
    expect(await cache.get("b", ["catalogue"], async () => ++loads)).toBe(2);
    expect(cache.invalidate(["catalogue"])).toBe(1);
  });

  it("keeps at most maxEntries, dropping the oldest", async () => {
    const cache = new TaggedCache(60_000, Date.now, 2);
    let loads = 0;
    for (const key of ["a", "b", "c"]) await cache.get(key, [], async () => ++loads);
    expect(await cache.get("a", [], async () => ++loads)).toBe(4);
    expect(await cache.get("c", [], async () => ++loads)).toBe(3);
  });

  it("does not keep a failed load", async () => {
    const cache = new TaggedCache(60_000);
    await expect(cache.get("k", [], () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", [], async () => "up")).toBe("up");
  });
});
