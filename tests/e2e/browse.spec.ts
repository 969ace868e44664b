import { expect, test } from "@playwright/test";

test("the home page lists the seeded products and links each to its page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("note")).toContainText("Dữ liệu mẫu");
  const list = page.getByRole("list", { name: "Sản phẩm" });
  await expect(list.getByRole("listitem")).toHaveCount(6);

  await list.getByRole("link", { name: "Miến dong Việt Cường" }).click();
  await expect(page).toHaveURL(/\/products\/mien-viet-cuong$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miến dong Việt Cường");
  // VND has no minor unit: whole đồng, Vietnamese grouping.
  await expect(page.getByText("75.000 ₫")).toBeVisible();
});

test("the language switch keeps the page and shows English", async ({ page }) => {
  await page.goto("/products/che-tom-non-hao-dat");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/products\/che-tom-non-hao-dat$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "← All products" })).toBeVisible();
});

test("an unknown product answers 404 with a page a person can use", async ({ page }) => {
  const response = await page.goto("/products/khong-co-san-pham-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Tất cả sản phẩm" })).toHaveAttribute("href", "/");
});
