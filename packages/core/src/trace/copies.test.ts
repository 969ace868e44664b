import { describe, expect, it } from "vitest";
import { copyFlagReason, DEFAULT_COPY_LIMITS, deviceClass } from "./copies.js";

describe("copied-code detection", () => {
  it("leaves a unit scanned a few times in one place alone", () => {
    expect(copyFlagReason({ scan_count: 5, regions: 1 }, DEFAULT_COPY_LIMITS)).toBeNull();
    expect(copyFlagReason({ scan_count: 20, regions: 2 }, DEFAULT_COPY_LIMITS)).toBeNull();
  });

  it("flags too many scans, or scans in too many regions", () => {
    expect(copyFlagReason({ scan_count: 21, regions: 1 }, DEFAULT_COPY_LIMITS)).toMatch(/21 times/);
    expect(copyFlagReason({ scan_count: 4, regions: 3 }, DEFAULT_COPY_LIMITS)).toMatch(/3 regions/);
    expect(copyFlagReason({ scan_count: 6, regions: 1 }, { scans: 5, regions: 3 })).not.toBeNull();
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
