import { describe, expect, it } from "vitest";
import { honeyReplay, teaLivestream } from "./__fixtures__/livestreams.ts";
import { byPhase, liveFor, livestreamTitle, nextChange, shareUrl } from "./livestream.ts";

const at = (iso: string) => new Date(iso);

describe("the live window", () => {
  it("shows the banner from the start (inclusive) to the end (exclusive)", () => {
    const all = [teaLivestream, honeyReplay];
    expect(liveFor(all, "prod_tea", at("2026-12-05T11:59:59.999Z"))).toEqual([]);
    expect(liveFor(all, "prod_tea", at("2026-12-05T12:00:00Z"))).toEqual([teaLivestream]);
    expect(liveFor(all, "prod_tea", at("2026-12-05T13:29:59.999Z"))).toEqual([teaLivestream]);
    expect(liveFor(all, "prod_tea", at("2026-12-05T13:30:00Z"))).toEqual([]);
  });

  it("shows it only on the products the livestream features", () => {
    expect(liveFor([teaLivestream], "prod_honey", at("2026-12-05T12:30:00Z"))).toEqual([]);
  });

  it("sorts livestreams into live, upcoming and replays", () => {
    const groups = byPhase([honeyReplay, teaLivestream], at("2026-12-01T00:00:00Z"));
    expect(groups.upcoming).toEqual([teaLivestream]);
    expect(groups.ended).toEqual([honeyReplay]);
    expect(groups.live).toEqual([]);
    expect(byPhase([teaLivestream], at("2026-12-05T12:30:00Z")).live).toEqual([teaLivestream]);
  });

  it("says when the page next changes: the next start or end", () => {
    const all = [teaLivestream, honeyReplay];
    expect(nextChange(all, at("2026-12-01T00:00:00Z"))).toEqual(teaLivestream.startsAt);
    expect(nextChange(all, at("2026-12-05T12:00:00Z"))).toEqual(teaLivestream.endsAt);
    expect(nextChange(all, at("2026-12-05T13:30:00Z"))).toBeNull();
  });
});

describe("livestream texts and links", () => {
  it("falls back to the Vietnamese title", () => {
    expect(livestreamTitle(honeyReplay, "en")).toBe("Mật ong Phúc Thành");
    expect(livestreamTitle(teaLivestream, "en")).toBe("Tân Cương tea live");
  });

  it("tags share links with the source, medium and campaign", () => {
    const link = new URL(shareUrl(teaLivestream, "https://ocop.example.vn", "en", "facebook"));
    expect(link.pathname).toBe("/en/livestreams");
    expect(link.hash).toBe("#che-tan-cuong");
    expect(Object.fromEntries(link.searchParams)).toEqual({ utm_source: "facebook", utm_medium: "social", utm_campaign: "livestream-che-tan-cuong" });
    expect(new URL(shareUrl(teaLivestream, "https://ocop.example.vn", "vi", "share")).searchParams.get("utm_source")).toBe("share");
  });
});
