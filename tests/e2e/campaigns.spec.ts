import { expect, test } from "../harness/csp-watch.ts";

test("a running campaign's banner leads to its page, and its code takes 10% off in the cart", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Tuần lễ OCOP Thái Nguyên: giảm 10% với mã TUANLEOCOP" }).click();
  await expect(page).toHaveURL(/\/campaigns\/tuan-le-ocop-thai-nguyen$/);
  await expect(page.getByText("Đang diễn ra")).toBeVisible();
  await expect(page.locator("code")).toHaveText("TUANLEOCOP");
  // The upcoming fair has no banner yet.
  await expect(page.getByRole("link", { name: /HOICHO15/ })).toHaveCount(0);

  await page.goto("/products/mien-viet-cuong");
  await page.getByRole("form", { name: "Thêm vào giỏ" }).getByRole("button", { name: "Thêm vào giỏ" }).click();
  await page.getByLabel("Mã khuyến mãi").fill("HOICHO15");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page.getByRole("alert")).toContainText("Mã khuyến mãi không hợp lệ");
  await page.getByLabel("Mã khuyến mãi").fill("tuanleocop");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã áp dụng mã khuyến mãi.");
  // The discount line names the code beside what it takes off (the cart's money lines: MoneyLines.astro).
  const amounts = page.getByRole("group", { name: "Số tiền" });
  await expect(amounts.getByRole("term").nth(1)).toHaveText("Giảm giá (mã TUANLEOCOP)");
  await expect(amounts.getByRole("definition").nth(1)).toHaveText("−7.500 ₫");
});

test("the upcoming fair's page says when its code will work, in English", async ({ page }) => {
  await page.goto("/en/campaigns/hoi-cho-ocop-vung-mien");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP and regional specialties fair");
  await expect(page.getByText("Coming soon")).toBeVisible();
  await expect(page.getByText("The code works during the campaign:")).toBeVisible();
});

test("staff see each campaign's results", async ({ page }) => {
  await page.goto("/staff/campaigns");
  await expect(page).toHaveURL(/\/staff\/login/);
  await page.getByLabel("Email").fill("admin@ocop-demo.vn");
  await page.getByLabel("Mật khẩu").fill("ocop-demo-2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/staff\/campaigns$/);
  const row = page.getByRole("row", { name: /Tuần lễ OCOP Thái Nguyên/ });
  await expect(row).toContainText("TUANLEOCOP");
  await expect(row).toContainText(/\d+ \/ 500/);
});
