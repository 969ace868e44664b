import { describe, expect, it } from "vitest";
import { copyFlagReason, countsAsNew, DEFAULT_COPY_LIMITS, deviceClass, readCopyFlagReason } from "./copies.js";

describe("copied-code detection", () => {
  it("leaves a unit scanned by a few clients in one place alone", () => {
    expect(copyFlagReason({ clients: 5, regions: 1 }, DEFAULT_COPY_LIMITS)).toBeNull();
    expect(copyFlagReason({ clients: 19, regions: 2 }, DEFAULT_COPY_LIMITS)).toBeNull();
    // Forged regions never reach the rule: one client with no trusted region is 1 client, 0 regions.
    expect(copyFlagReason({ clients: 1, regions: 0 }, DEFAULT_COPY_LIMITS)).toBeNull();
  });

  it("flags scans by too many distinct clients, or in too many regions", () => {
    expect(copyFlagReason({ clients: 20, regions: 1 }, DEFAULT_COPY_LIMITS)).toMatch(/20 different clients/);
    expect(copyFlagReason({ clients: 3, regions: 3 }, DEFAULT_COPY_LIMITS)).toMatch(/3 regions/);
    expect(copyFlagReason({ clients: 5, regions: 1 }, { clients: 5, regions: 3 })).not.toBeNull();
  });

  it("reads back the facts of a reason it wrote, and nothing from other text", () => {
    expect(readCopyFlagReason(copyFlagReason({ clients: 3, regions: 3 }, DEFAULT_COPY_LIMITS))).toEqual({ kind: "regions", count: 3, limit: 2 });
    expect(readCopyFlagReason(copyFlagReason({ clients: 48, regions: 5 }, DEFAULT_COPY_LIMITS))).toEqual({ kind: "clients", count: 48, limit: 19 });
    expect(readCopyFlagReason("cleared by staff")).toBeNull();
    expect(readCopyFlagReason(null)).toBeNull();
  });

  it("counts a browser's view once per client per window, and never a bot's or an unknown client's", () => {
    const hour = 60 * 60_000;
    expect(countsAsNew({ at: 1_000, bot: false, client: "c1" }, null, hour)).toBe(true);
    expect(countsAsNew({ at: 1_000 + hour - 1, bot: false, client: "c1" }, 1_000, hour)).toBe(false);
    expect(countsAsNew({ at: 1_000 + hour, bot: false, client: "c1" }, 1_000, hour)).toBe(true);
    expect(countsAsNew({ at: 1_000, bot: true, client: "c1" }, null, hour)).toBe(false);
    expect(countsAsNew({ at: 1_000, bot: false, client: null }, null, hour)).toBe(false);
  });

  it("classes devices coarsely, and link previews as bots", () => {
    expect(deviceClass("Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36")).toBe("mobile");
    expect(deviceClass("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)")).toBe("mobile");
    expect(deviceClass("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).toBe("tablet");
    expect(deviceClass("Mozilla/5.0 (X11; Linux x86_64) Chrome/120 Safari/537.36")).toBe("desktop");
    expect(deviceClass("facebookexternalhit/1.1")).toBe("bot");
    expect(deviceClass("Googlebot/2.1")).toBe("bot");
    expect(deviceClass(null)).toBe("unknown");
  });
});
