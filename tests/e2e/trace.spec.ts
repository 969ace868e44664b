import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../harness/csp-watch.ts";

/** The page a scan lands on, as a consumer on a phone sees it. */
const LOT = "/01/08939990000016/10/HDTOMNON10-L01";

test.use({ viewport: { width: 390, height: 844 } });

test.describe("trace page", () => {
  test("in Vietnamese: product, certificate, lot facts, journey and a way to buy", async ({ page }) => {
    await page.goto(`${LOT}/21/DEMO-UNIT-0001`);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chè tôm nõn Hảo Đạt");
    await expect(page.getByText("Lô HDTOMNON10-L01 · Mã sản phẩm DEMO-UNIT-0001")).toBeVisible();
    await expect(page.getByText(/Lịch sử đã được kiểm chứng: 6 bước/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Chứng nhận OCOP" })).toContainText("Còn hiệu lực");
    await expect(page.getByRole("region", { name: "Chủ thể sản xuất" })).toContainText("Hợp tác xã Chè Hảo Đạt");
    const facts = page.getByRole("region", { name: "Thông tin lô hàng" });
    await expect(facts).toContainText("Đồi chè Tân Cương");
    await expect(facts).toContainText("Mã số vùng trồngVN-TNTN-0001");
    await expect(facts).toContainText("VietGAP");
    const journey = page.getByRole("region", { name: "Hành trình của lô hàng" }).getByRole("listitem");
    await expect(journey).toHaveCount(6);
    await expect(journey.nth(0)).toContainText("Thu hoạch");
    await expect(journey.nth(1)).toContainText("Chế biến");
    await expect(journey.nth(1)).toContainText("búp chè tươi");
    await expect(journey.nth(4)).toContainText("Trung tâm giới thiệu sản phẩm OCOP");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.getByRole("link", { name: "Mua sản phẩm này" }).click();
    await expect(page).toHaveURL(/\/products\/che-tom-non-hao-dat$/);
  });

  test("in English: plain words, and the copied code's warning", async ({ page }) => {
    await page.goto(`/en${LOT}/21/DEMO-COPY-0001`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("alert")).toContainText("It may be a copied code");
    const journey = page.getByRole("region", { name: "The lot's journey" });
    await expect(journey).toContainText("Harvested");
    await expect(journey).toContainText("Shipped");
    await expect(journey).toContainText("fresh tea leaves");
    await expect(page.getByRole("region", { name: "About this lot" })).toContainText("Planting-area codeVN-TNTN-0001");
    await expect(journey).not.toContainText(/ObjectEvent|bizStep|commissioning|in_transit/);
  });

  test("a short code opens its trace page in both languages", async ({ page }) => {
    await page.goto("/t/DM000002");
    await expect(page.getByRole("region", { name: "Hành trình của lô hàng" })).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/t\/DM000002$/);
    await expect(page.getByRole("region", { name: "The lot's journey" })).toBeVisible();
  });

  test("a bad check digit explains itself", async ({ page }) => {
    const response = await page.goto("/01/08939990000017/10/HDTOMNON10-L01");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mã không hợp lệ");
    await expect(page.getByText(/sai số kiểm tra/)).toBeVisible();
  });

  test("axe finds no serious or critical violations", async ({ page }) => {
    await page.goto(`/en${LOT}/21/DEMO-COPY-0001`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  });
});

test.describe("trace page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is complete, small and has nothing render-blocking", async ({ page, request }) => {
    await page.goto(LOT);
    await expect(page.getByRole("region", { name: "Hành trình của lô hàng" }).getByRole("listitem")).toHaveCount(6);
    const html = await (await request.get(LOT)).text();
    // Budget: HTML with its CSS under 30 KB compressed; styles inline, scripts deferred modules.
    expect(gzipSync(html).length).toBeLessThan(30_000);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/<script(?![^>]*type="(module|application\/ld\+json)")[^>]*>/);
  });
});
