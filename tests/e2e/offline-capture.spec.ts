import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { expect, type Page, test } from "../harness/csp-watch.ts";

/**
 * Offline field capture (README, "Offline field capture"): with the network
 * switched off, a producer opens a lot it opened before, chooses and records
 * two steps of the guided form with the times it types, opens a new lot and
 * chooses and records a step on it; they
 * wait on the phone, shown as waiting, and when the network returns they
 * arrive once each, in order, with the typed times. A kept submission sent
 * again makes no second event.
 */
test.use({ viewport: { width: 390, height: 844 } });

const db = () => new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
type Row = { biz_step: string; event_time: Date; seq: number; event_id: string; note: { vi: string } | null };
async function eventsOf(lotId: string): Promise<Row[]> {
  const client = db();
  await client.connect();
  try {
    return (await client.query<Row>("select biz_step, event_time, seq, event_id, note from trace_event where lot_id = $1 and deleted_at is null order by seq", [lotId])).rows;
  } finally {
    await client.end();
  }
}

async function logIn(page: Page, prefix: "" | "/en") {
  await page.goto(`${prefix}/producer`);
  await page.getByLabel("Email").fill("haodat@ocop-demo.vn");
  await page.getByLabel(prefix ? "Password" : "Mật khẩu").fill("ocop-demo-2026");
  await page.getByRole("button", { name: prefix ? "Log in" : "Đăng nhập" }).click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/producer$`));
}

/**
 * The network off, for the page and for its service worker alike: Chromium's
 * offline emulation does not reach a worker's own fetches, so those are
 * refused as a phone without signal refuses them.
 */
async function network(context: BrowserContext, on: boolean) {
  if (on) await context.unroute("**/*");
  else await context.route("**/*", (route) => (route.request().serviceWorker() ? route.abort("internetdisconnected") : route.fallback()));
  await context.setOffline(!on);
}

/** The guided form's steps (?step=), which a lot page keeps for offline use. */
const STEPS = ["harvest", "processing", "quality", "packing", "shipping", "receiving"];

/** The page's worker controls it and keeps it (and its scripts, and a lot page's step forms) for offline use. */
async function keptForOffline(page: Page, steps: string[] = []) {
  const kept = () =>
    page.evaluate(async (steps) => {
      const pages = [location.pathname, ...steps.map((step) => `${location.pathname}?step=${step}`)];
      return Boolean(navigator.serviceWorker.controller) && (await Promise.all(pages.map((url) => caches.match(url)))).every(Boolean);
    }, steps);
  await expect.poll(kept).toBe(true);
}

/** The guided form's step chooser, before a step is chosen and after. */
const chooser = (page: Page, english = false) =>
  page.getByRole("navigation", { name: english ? /^(Choose the step to record|Change the step)$/ : /^(Chọn bước cần ghi|Đổi bước)$/ });

test("steps and a lot recorded offline arrive once, in order, with their typed times; a replay makes nothing new", async ({ page, context }) => {
  await logIn(page, "");
  await page.goto("/producer/lots");
  const code = `OFF-${Date.now().toString(36).toUpperCase()}`;
  await page.getByRole("combobox", { name: "Sản phẩm", exact: true }).selectOption({ label: "Chè tôm nõn Hảo Đạt · 100 g" });
  await page.getByLabel("Mã lô (in trên bao bì)").fill(code);
  await page.getByLabel("Số lượng", { exact: true }).fill("20");
  await page.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lô ${code}`);
  const lotId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await keptForOffline(page, STEPS);
  await page.goto("/producer/lots");
  await keptForOffline(page);
  await page.goto(`/producer/lots/${lotId}`);

  const sent: { url: string; body: string }[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/producer/offline/send")) sent.push({ url: request.url(), body: request.postData() ?? "" });
  });

  await network(context, false);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lô ${code}`);
  await expect(page.getByText("Không có mạng: những gì bạn ghi sẽ được lưu trên điện thoại.")).toBeVisible();
  const steps = [
    { step: "Thu hoạch", time: "2026-11-20T06:15", where: "Đồi chè xóm Hồng Thái" },
    { step: "Kiểm tra chất lượng", time: "2026-11-20T09:40", where: "Xưởng Hảo Đạt" },
  ];
  for (const [i, { step, time, where }] of steps.entries()) {
    // The step's form is a page of its own, kept on the phone.
    await chooser(page).getByRole("link", { name: step, exact: true }).click();
    const form = page.getByRole("form", { name: step });
    await form.getByLabel("Thời gian").fill(time);
    await form.getByLabel("Địa điểm").fill(where);
    await form.getByRole("button", { name: `Lưu bước “${step}”` }).click();
    await expect(page.getByRole("heading", { name: `Đang chờ gửi (${i + 1})` })).toBeVisible();
  }
  const waiting = page.getByRole("region", { name: "Đang chờ gửi (2)" });
  await expect(waiting.getByRole("listitem")).toHaveText(["Bước · Thu hoạch · 20/11/2026 06:15", "Bước · Kiểm tra chất lượng · 20/11/2026 09:40"]);
  await page.screenshot({ path: "test-results/offline-waiting-vi.png", fullPage: true });

  // A new lot, opened offline: its page is the phone's, and its step waits for it.
  await page.goto("/producer/lots");
  const newCode = `${code}-N`;
  await page.getByRole("combobox", { name: "Sản phẩm", exact: true }).selectOption({ label: "Chè tôm nõn Hảo Đạt · 100 g" });
  await page.getByLabel("Mã lô (in trên bao bì)").fill(newCode);
  await page.getByLabel("Số lượng", { exact: true }).fill("8");
  await page.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lô mới (chưa gửi)");
  await expect(page.getByText(newCode, { exact: true })).toBeVisible();
  const newLotId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await chooser(page).getByRole("link", { name: "Đóng gói", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/producer/lots/${newLotId}\\?step=packing`));
  await expect(page.getByText(newCode, { exact: true })).toBeVisible();
  const packing = page.getByRole("form", { name: "Đóng gói" });
  await packing.getByLabel("Thời gian").fill("2026-11-21T14:05");
  await packing.getByLabel("Địa điểm").fill("Xưởng Hảo Đạt");
  await packing.getByRole("button", { name: "Lưu bước “Đóng gói”" }).click();
  await expect(page.getByRole("heading", { name: "Đang chờ gửi (4)" })).toBeVisible();
  await page.screenshot({ path: "test-results/offline-new-lot-vi.png", fullPage: true });
  expect(await eventsOf(lotId)).toEqual([]);

  await network(context, true);
  await expect(page.getByRole("heading", { name: /Đang chờ gửi/ })).toBeHidden();
  const first = await eventsOf(lotId);
  expect(first.map((e) => [e.seq, e.biz_step, e.event_time.toISOString()])).toEqual([
    [1, "ocop:harvesting", "2026-11-19T23:15:00.000Z"],
    [2, "inspecting", "2026-11-20T02:40:00.000Z"],
  ]);
  const second = await eventsOf(newLotId);
  expect(second.map((e) => [e.seq, e.biz_step, e.event_time.toISOString()])).toEqual([[1, "packing", "2026-11-21T07:05:00.000Z"]]);
  await page.goto(`/producer/lots/${newLotId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lô ${newCode}`);

  // The kept submission of the first step, sent again as it was: the same event, nothing new.
  const replayed = sent.find((request) => request.body.includes("biz_step=ocop%3Aharvesting"));
  expect(replayed).toBeDefined();
  const origin = new URL(page.url()).origin;
  const again = await page.request.post(replayed?.url ?? "", { headers: { "content-type": "application/x-www-form-urlencoded", origin }, data: replayed?.body ?? "" });
  expect(again.status()).toBe(201);
  expect(await eventsOf(lotId)).toEqual(first);
});

test("the waiting list in English, on a phone", async ({ page, context }) => {
  await logIn(page, "/en");
  await page.goto("/en/producer/lots");
  await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Lot /);
  await keptForOffline(page, STEPS);
  await network(context, false);
  await page.reload();
  await chooser(page, true).getByRole("link", { name: "Harvest", exact: true }).click();
  const form = page.getByRole("form", { name: "Harvest" });
  await form.getByLabel("When", { exact: true }).fill("2026-11-22T05:30");
  await form.getByLabel("Where", { exact: true }).fill("Hong Thai tea hill");
  await form.getByRole("button", { name: "Save “Harvest”" }).click();
  await expect(page.getByRole("heading", { name: "Waiting to send (1)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Waiting to send (1)" }).getByRole("listitem")).toHaveText(["Step · Harvest · 22/11/2026 05:30"]);
  await expect(page.getByText("No network: what you record is kept on this phone.")).toBeVisible();
  await page.screenshot({ path: "test-results/offline-waiting-en.png", fullPage: true });
  await network(context, true);
  await expect(page.getByRole("heading", { name: /Waiting to send/ })).toBeHidden();

  // Logging out leaves none of this producer's pages on the phone.
  expect(await page.evaluate(() => caches.keys())).toContain("ocop-producer-pages-v1");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/en\/producer\/login$/);
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain("ocop-producer-pages-v1");
});
