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

  describe("getOrSaved", () => {
    const down = () => Promise.reject(new Error("backend down"));

    it("answers live values with savedAt null", async () => {
      const cache = new TaggedCache(1000, () => 0);
      expect(await cache.getOrSaved("k", [], async () => "live")).toEqual({ value: "live", savedAt: null });
    });

    it("serves the last good value, with when it was loaded, once the entry expired and loading fails", async () => {
      let clock = 5;
      const cache = new TaggedCache(1000, () => clock);
      await cache.getOrSaved("k", ["trace"], async () => "good");
      clock = 2000;
      expect(await cache.getOrSaved("k", ["trace"], down)).toEqual({ value: "good", savedAt: 5 });
    });

    it("keeps the last good value across an invalidation, and replaces it with the next good one", async () => {
      let clock = 0;
      const cache = new TaggedCache(60_000, () => clock);
      await cache.getOrSaved("k", ["trace"], async () => "v1");
      cache.invalidate(["trace"]);
      expect(await cache.getOrSaved("k", ["trace"], down)).toEqual({ value: "v1", savedAt: 0 });
      clock = 10;
      expect(await cache.getOrSaved("k", ["trace"], async () => "v2")).toEqual({ value: "v2", savedAt: null });
      cache.invalidate(["trace"]);
      expect(await cache.getOrSaved("k", ["trace"], down)).toEqual({ value: "v2", savedAt: 10 });
    });

    it("throws when nothing was saved, or the saved value is older than keepSavedMs", async () => {
      let clock = 0;
      const cache = new TaggedCache(1000, () => clock, 2000, 5000);
      await expect(cache.getOrSaved("never", [], down)).rejects.toThrow("backend down");
      await cache.getOrSaved("k", [], async () => "old");
      clock = 5001;
      await expect(cache.getOrSaved("k", [], down)).rejects.toThrow("backend down");
    });
  });
});
