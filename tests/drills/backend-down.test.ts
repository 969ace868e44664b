import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ExtraStorefront, startExtraStorefront } from "../harness/extra-storefront.ts";
import { type SwitchableProxy, startSwitchableProxy } from "../harness/switchable-proxy.ts";

/**
 * Fault drill (b): the backend dies while people scan codes. A storefront of
 * its own reaches the platform's backend through a proxy the test switches
 * off; trace pages it answered before are then served from its saved copies,
 * with a notice, instead of a 503.
 */
const { backendUrl, publishableKey } = inject("platform");
/** Trace pages: a GS1 Digital Link URI redirects to them (GS1's resolver standard). */
const LOT = "/trace/01/08939990000016/10/HDTOMNON10-L01";
const UNIT = `${LOT}/21/DEMO-UNIT-0001`;
const SHORT_EN = "/en/t/DM000002";
const NEVER_OPENED = "/t/DM000003";
const NOTICE_VI = "Đang hiển thị thông tin đã lưu; hiện không kiểm tra trực tiếp được";
const NOTICE_EN = "Showing saved information; live checks are unavailable right now";
const LIVE_CACHING = "public, max-age=0, stale-if-error=86400";

let proxy: SwitchableProxy;
let storefront: ExtraStorefront;

async function open(path: string) {
  const response = await fetch(`${storefront.url}${path}`, { redirect: "manual" });
  return { status: response.status, caching: response.headers.get("cache-control"), html: await response.text() };
}

beforeAll(async () => {
  proxy = await startSwitchableProxy(backendUrl);
  storefront = await startExtraStorefront(proxy.url, publishableKey);
});

afterAll(async () => {
  await storefront?.stop();
  await proxy?.close();
});

describe("trace pages with the backend down", () => {
  it("are live, and cacheable by a CDN only as a fallback, while the backend is up", async () => {
    for (const path of [LOT, UNIT, SHORT_EN]) {
      const page = await open(path);
      expect(page.status, path).toBe(200);
      expect(page.caching, path).toBe(LIVE_CACHING);
      expect(page.html, path).not.toContain(NOTICE_VI);
      expect(page.html, path).not.toContain(NOTICE_EN);
    }
  });

  it("say so when a unit's scans cannot be checked, even while its lot is still freshly cached", async () => {
    proxy.setUp(false);
    // What the backend said of the unit is trusted for a second (README, "Scans never hold up a page"); then the page says so.
    let page = await open(UNIT);
    for (let tries = 0; !page.html.includes(NOTICE_VI) && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      page = await open(UNIT);
    }
    expect(page.status).toBe(200);
    expect(page.html).toContain(NOTICE_VI);
    expect(page.html).not.toContain("Thông tin được lưu lúc"); // the data is not old: only the live check is missing
    expect(page.caching).toBe("private, no-store");
  });

  it("serve the last good answer with a notice and the time it was saved once the cache has let go", async () => {
    proxy.setUp(false);
    await storefront.dropCaches(["trace", "catalogue"]);
    for (const path of [LOT, UNIT]) {
      const page = await open(path);
      expect(page.status, path).toBe(200);
      expect(page.html, path).toContain(NOTICE_VI);
      expect(page.html, path).toContain("Thông tin được lưu lúc");
      expect(page.html, path).toContain("Hành trình của lô hàng");
      expect(page.html, path).toContain("Chè tôm nõn Hảo Đạt");
      expect(page.caching, path).toBe("private, no-store");
    }
    const english = await open(SHORT_EN);
    expect(english.status).toBe(200);
    expect(english.html).toContain(NOTICE_EN);
    expect(english.html).toMatch(/The lot(&#39;|')s journey/);
  });

  it("answer 503 with a plain message for a code this storefront never answered before", async () => {
    proxy.setUp(false);
    const page = await open(NEVER_OPENED);
    expect(page.status).toBe(503);
    expect(page.html).toContain("Chưa tải được thông tin truy xuất");
    expect(page.caching).toBe("private, no-store");
  });

  it("are live again, without the notice, as soon as the backend is back", async () => {
    proxy.setUp(true);
    await storefront.dropCaches(["trace", "catalogue"]);
    for (const path of [LOT, UNIT, NEVER_OPENED]) {
      const page = await open(path);
      expect(page.status, path).toBe(200);
      expect(page.html, path).not.toContain(NOTICE_VI);
      expect(page.caching, path).toBe(LIVE_CACHING);
    }
  });
});
