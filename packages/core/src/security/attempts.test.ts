import { describe, expect, it } from "vitest";
import { AttemptLimiter, RequestLimiter, waitMinutes } from "./attempts.js";

describe("failed attempts", () => {
  it("refuse a key once it has used its failures up, for the rest of the window", async () => {
    const limiter = new AttemptLimiter("test-attempts", { failures: 3, windowSeconds: 900 });
    for (let i = 0; i < 2; i++) await limiter.fail(["account:a@example.vn", "client:203.0.113.1"]);
    expect(await limiter.waitSeconds(["account:a@example.vn", "client:203.0.113.1"])).toBe(0);
    await limiter.fail(["account:a@example.vn", "client:203.0.113.1"]);
    const wait = await limiter.waitSeconds(["account:a@example.vn", "client:203.0.113.9"]);
    expect(wait).toBeGreaterThan(800);
    expect(wait).toBeLessThanOrEqual(900);
    expect(await limiter.waitSeconds(["account:b@example.vn", "client:203.0.113.9"])).toBe(0);
  });
});

describe("requests", () => {
  it("are taken until the window's share is used, then answered with the wait", async () => {
    const limiter = new RequestLimiter("test-requests", { requests: 2, windowSeconds: 60 });
    expect(await limiter.take("client:1")).toBe(0);
    expect(await limiter.take("client:1")).toBe(0);
    expect(await limiter.take("client:1")).toBeGreaterThan(0);
    expect(await limiter.take("client:2")).toBe(0);
  });
});

describe("waits in minutes", () => {
  it("round up, and are never 0", () => {
    expect(waitMinutes(1)).toBe(1);
    expect(waitMinutes(61)).toBe(2);
    expect(waitMinutes(900)).toBe(15);
  });
});
