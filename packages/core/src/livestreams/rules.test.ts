import { describe, expect, it } from "vitest";
import { isPlatformUrl, livestreamProblems, phaseAt, slugify, watchTarget } from "./rules.js";

const window = { starts_at: "2026-12-05T12:00:00Z", ends_at: "2026-12-05T13:30:00Z" };

describe("isPlatformUrl", () => {
  it.each([
    ["facebook", "https://www.facebook.com/ocop/live", true],
    ["facebook", "https://fb.watch/abc", true],
    ["tiktok", "https://www.tiktok.com/@ocop/live", true],
    ["youtube", "https://youtu.be/x", true],
    ["shopee", "https://live.shopee.vn/share?session=1", true],
    ["zalo", "https://zalo.me/ocop", true],
    ["facebook", "http://www.facebook.com/ocop/live", false],
    ["facebook", "https://facebook.com.evil.example/live", false],
    ["facebook", "https://notfacebook.com/live", false],
    ["youtube", "https://user:pw@youtube.com/live", false],
    ["tiktok", "javascript:alert(1)", false],
    ["tiktok", "not a url", false],
  ] as const)("%s %s → %s", (platform, url, ok) => {
    expect(isPlatformUrl(platform, url)).toBe(ok);
  });
});

describe("livestreamProblems", () => {
  it("names every field that is wrong", () => {
    const problems = livestreamProblems({
      platform: "tiktok",
      url: "https://www.youtube.com/live",
      starts_at: window.ends_at,
      ends_at: window.starts_at,
      replay_url: "ftp://example.com/replay",
    });
    expect(problems.map((p) => p.field)).toEqual(["ends_at", "url", "replay_url"]);
    expect(problems.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: "too_early", params: { after: "starts_at" } },
      { code: "not_platform_url", params: { platform: "tiktok", domains: "tiktok.com" } },
      { code: "not_https", params: undefined },
    ]);
  });

  it("accepts a window on the platform", () => {
    expect(livestreamProblems({ platform: "facebook", url: "https://www.facebook.com/x/live", ...window, replay_url: null })).toEqual([]);
  });

  it("refuses a window of more than a day", () => {
    expect(livestreamProblems({ platform: "facebook", url: "https://www.facebook.com/x", starts_at: window.starts_at, ends_at: "2026-12-07T00:00:00Z" })).toEqual([
      { field: "ends_at", code: "too_long", message: "a livestream lasts at most 24 hours", params: { max_hours: 24 } },
    ]);
  });
});

describe("the window", () => {
  it("is live from the start, inclusive, to the end, exclusive", () => {
    expect(phaseAt(window, new Date("2026-12-05T11:59:59Z"))).toBe("upcoming");
    expect(phaseAt(window, new Date("2026-12-05T12:00:00Z"))).toBe("live");
    expect(phaseAt(window, new Date("2026-12-05T13:30:00Z"))).toBe("ended");
  });

  it("sends viewers to the replay once the stream has ended", () => {
    const stream = { ...window, url: "https://www.facebook.com/x/live", replay_url: "https://www.facebook.com/x/videos/1" };
    expect(watchTarget(stream, new Date("2026-12-05T12:30:00Z"))).toBe(stream.url);
    expect(watchTarget(stream, new Date("2026-12-05T14:00:00Z"))).toBe(stream.replay_url);
    expect(watchTarget({ ...stream, replay_url: null }, new Date("2026-12-05T14:00:00Z"))).toBe(stream.url);
  });
});

describe("slugify", () => {
  it("folds Vietnamese to ASCII", () => {
    expect(slugify("Live chè Đinh Tân Cương — Hảo Đạt!")).toBe("live-che-dinh-tan-cuong-hao-dat");
  });
});
