import { expect, type Page, test } from "../harness/csp-watch.ts";
import { staffLogInAt } from "../harness/staff-login.ts";

/**
 * The producer portal and the staff pages on a phone have a frame of their own:
 * where you are, the sample-data tag and the language switch — no shop search,
 * cart, menu or campaign banner above the work.
 */
test.use({ viewport: { width: 390, height: 844 } });

const CAMPAIGN = /TUANLEOCOP/;

async function expectWorkFrame(page: Page, area: string, demoTag: string) {
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: new RegExp(area) })).toBeVisible();
  await expect(header.getByText(demoTag, { exact: true })).toBeVisible();
  expect((await header.boundingBox())?.height ?? 0).toBeLessThanOrEqual(72);
  await expect(header.getByRole("searchbox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^(Giỏ hàng|Cart)$/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: CAMPAIGN })).toHaveCount(0);
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(header.getByText("Menu")).toHaveCount(0);
}

test("the shop shows the running campaign (so its absence below means something)", async ({ page }) => {
  await page.goto("/products");
  await expect(page.getByRole("note").getByRole("link", { name: CAMPAIGN })).toBeVisible();
});

test("the producer portal's frame, in Vietnamese and English", async ({ page }) => {
  await page.goto("/producer/login");
  await expectWorkFrame(page, "Cổng chủ thể OCOP", "Dữ liệu mẫu");
  await page.getByLabel("Email").fill("haodat@ocop-demo.vn");
  await page.getByLabel("Mật khẩu").fill("ocop-demo-2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/producer$/);
  await expectWorkFrame(page, "Cổng chủ thể OCOP", "Dữ liệu mẫu");
  await page
    .getByRole("banner")
    .getByRole("link", { name: /English/ })
    .click();
  await expect(page).toHaveURL(/\/en\/producer$/);
  await expectWorkFrame(page, "OCOP producer portal", "Sample data");
  await page.goto("/en/producer/lots");
  await expectWorkFrame(page, "OCOP producer portal", "Sample data");
});

test("the staff pages' frame", async ({ page }) => {
  await staffLogInAt(page, "/staff/certificates");
  await expectWorkFrame(page, "Sở Công Thương", "Dữ liệu mẫu");
});
