import { beforeAll, describe, expect, inject, it } from "vitest";

/**
 * A livestream's "watch" clicks count once per visitor per window, never a
 * bot's, on both paths (the storefront's /livestreams/{id}/go and the
 * backend's POST /store/livestreams/{id}/clicks); every click still leads to
 * the stream (README, "Security"). Each test is its own visitor (X-Forwarded-For,
 * believed from loopback).
 */
const { storefrontUrl, backendUrl, publishableKey } = inject("platform");
const BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const RUN = Date.now().toString(36);

const visitor = () => `100.${64 + Math.floor(Math.random() * 64)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

let staff: Record<string, string>;
let live: { id: string; url: string };

async function clickCount(): Promise<number> {
  const response = await fetch(`${backendUrl}/admin/livestreams/${live.id}`, { headers: staff });
  return ((await response.json()) as { livestream: { click_count: number } }).livestream.click_count;
}

function viaStorefront(from: string, userAgent: string) {
  return fetch(`${storefrontUrl}/livestreams/${live.id}/go`, { headers: { "x-forwarded-for": from, "user-agent": userAgent }, redirect: "manual" });
}

function viaBackend(from: string, userAgent: string) {
  return fetch(`${backendUrl}/store/livestreams/${live.id}/clicks`, {
    method: "POST",
    headers: { "x-publishable-api-key": publishableKey, "x-forwarded-for": from, "user-agent": userAgent },
  });
}

/** `count` requests, ten at a time; their statuses. */
async function many(count: number, request: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => request()));
    for (const response of batch) {
      statuses.push(response.status);
      await response.arrayBuffer();
    }
  }
  return statuses;
}

beforeAll(async () => {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop-demo.vn", password: "ocop-demo-2026" }),
  });
  staff = { authorization: `Bearer ${((await login.json()) as { token: string }).token}`, "content-type": "application/json" };
  const products = await fetch(`${backendUrl}/store/products?handle=mat-ong-phuc-thanh&fields=id`, { headers: { "x-publishable-api-key": publishableKey } });
  const product = ((await products.json()) as { products: { id: string }[] }).products[0]?.id;
  const created = await fetch(`${backendUrl}/admin/livestreams`, {
    method: "POST",
    headers: staff,
    body: JSON.stringify({
      title_vi: `Đếm lượt xem ${RUN}`,
      platform: "facebook",
      url: `https://www.facebook.com/ocop.clicks/live/${RUN}`,
      host: "HTX Chè Hảo Đạt",
      starts_at: new Date(Date.now() - 60_000).toISOString(),
      ends_at: new Date(Date.now() + 3_600_000).toISOString(),
      product_ids: [product],
    }),
  });
  expect(created.ok, await created.clone().text()).toBe(true);
  live = ((await created.json()) as { livestream: { id: string; url: string } }).livestream;
});

describe("livestream clicks", () => {
  it("count once for 100 clicks of one visitor through the storefront, each led to the stream or told to wait", async () => {
    const before = await clickCount();
    const from = visitor();
    const first = await viaStorefront(from, BROWSER);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe(live.url);
    const statuses = await many(99, () => viaStorefront(from, BROWSER));
    expect(statuses.filter((s) => s !== 302 && s !== 429)).toEqual([]);
    expect(statuses).toContain(429);
    expect(await clickCount()).toBe(before + 1);
    // Another visitor's click counts.
    expect((await viaStorefront(visitor(), BROWSER)).status).toBe(302);
    expect(await clickCount()).toBe(before + 2);
  });

  it("count once for 100 clicks of one visitor on the backend's route", async () => {
    const before = await clickCount();
    const from = visitor();
    const statuses = await many(100, () => viaBackend(from, BROWSER));
    expect(statuses[0]).toBe(200);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(statuses).toContain(429);
    expect(await clickCount()).toBe(before + 1);
  });

  it("never count a bot, which is still led to the stream", async () => {
    const before = await clickCount();
    const crawled = await viaStorefront(visitor(), GOOGLEBOT);
    expect(crawled.status).toBe(302);
    expect(crawled.headers.get("location")).toBe(live.url);
    expect((await viaBackend(visitor(), GOOGLEBOT)).status).toBe(200);
    expect(await clickCount()).toBe(before);
  });
});
