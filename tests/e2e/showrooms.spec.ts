import { expect, test } from "../harness/csp-watch.ts";

/** Showrooms and points of sale, and "Sold at" on a product's page. */
test("the showrooms page lists the provincial showroom first, as sample data, with a map link", async ({ page }) => {
  await page.goto("/showrooms");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Điểm giới thiệu và bán sản phẩm OCOP");
  const first = page.getByRole("article").first();
  await expect(first.getByRole("heading")).toHaveText("Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên");
  await expect(first.getByText("Dữ liệu mẫu")).toBeVisible();
  const map = new URL((await first.getByRole("link", { name: "Xem trên bản đồ" }).getAttribute("href")) ?? "");
  expect(map.origin + map.pathname).toBe("https://www.google.com/maps/search/");
  expect(map.searchParams.get("api")).toBe("1");
  expect(map.searchParams.get("query")).toMatch(/^21\.\d+,105\.\d+$/);
  await first.getByText("Sản phẩm có bán").click();
  await expect(first.getByRole("link", { name: "Chè tôm nõn Hảo Đạt" })).toHaveAttribute("href", "/products/che-tom-non-hao-dat");
  expect(await page.getByRole("article").count()).toBeGreaterThanOrEqual(4);

  await page.goto("/en/showrooms");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP showrooms and points of sale");
  await expect(page.getByRole("heading", { name: "Thái Nguyên provincial OCOP showroom" })).toBeVisible();
});

test("a product's page says where it is sold", async ({ page }) => {
  await page.goto("/products/che-tom-non-hao-dat");
  const soldAt = page.getByRole("region", { name: "Có bán tại" });
  await expect(soldAt.getByRole("link", { name: "Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên" })).toHaveAttribute("href", "/showrooms#trung-tam-ocop-thai-nguyen");
  await page.goto("/en/products/gao-adi28-pho-yen");
  await expect(page.getByRole("region", { name: "Sold at" }).getByRole("link", { name: "Phổ Yên OCOP stall (sample point of sale)" })).toBeVisible();
});
