import { expect, test } from "../harness/csp-watch.ts";

test("the home page shows featured and 5★ products from Medusa, each linking to its page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("note")).toContainText("Dữ liệu mẫu");
  const featured = page.getByRole("list", { name: "Sản phẩm nổi bật" });
  await expect(featured.getByRole("listitem").first()).toBeVisible();
  const fiveStar = page.getByRole("list", { name: "Sản phẩm OCOP 5 sao" });
  expect(await fiveStar.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);

  await page.locator('a[href="/products/mien-viet-cuong"]').first().click();
  await expect(page).toHaveURL(/\/products\/mien-viet-cuong$/);
  // VND has no minor unit: whole đồng, Vietnamese grouping.
  await expect(page.getByText("75.000 ₫", { exact: true })).toBeVisible();
});

test("the home page links every product group to its page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch" }).click();
  await expect(page).toHaveURL(/\/groups\/tourism$/);
  await expect(page.getByRole("list", { name: /Nhóm/ }).getByRole("listitem").first()).toBeVisible();
});

test("the language switch keeps the page and shows English", async ({ page }) => {
  await page.goto("/products/che-tom-non-hao-dat");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/products\/che-tom-non-hao-dat$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "← All products" })).toBeVisible();
});

test("unknown pages answer 404 with a page a person can use", async ({ page }) => {
  for (const path of ["/products/khong-co-san-pham-nay", "/producers/khong-co", "/groups/khong-co", "/fr/products"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  }
});

test("the About OCOP page explains stars and groups in both languages", async ({ page }) => {
  await page.goto("/about-ocop");
  await expect(page.getByRole("table", { name: "Hạng sao theo điểm" })).toContainText("90 – 100");
  await page.goto("/en/about-ocop");
  await expect(page.getByRole("heading", { name: "6 groups, 26 product sets" })).toBeVisible();
});
