import { expect, test } from "@playwright/test";

test("search without diacritics from the search page, in Vietnamese and English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Tìm kiếm" }).click();
  await page.getByRole("main").getByLabel("Tìm sản phẩm, chủ thể, địa phương").fill("mat ong");
  await page.getByRole("main").getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=mat\+ong/);
  const hits = page.getByRole("list", { name: "Tìm kiếm sản phẩm" });
  await expect(hits.getByRole("link").first()).toHaveText("Mật ong Phúc Thành");

  await page.goto("/en/search?q=honey");
  await expect(page.getByRole("list", { name: "Search products" }).getByRole("link").first()).toBeVisible();
});

test("the place facet narrows a search to one commune", async ({ page }) => {
  await page.goto("/search?q=che");
  await page.getByLabel("Địa phương", { exact: true }).selectOption("tan-cuong");
  await page.getByRole("main").getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/place=/);
  const items = page.getByRole("list", { name: "Tìm kiếm sản phẩm" }).getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) await expect(item).toContainText("Tân Cương");
});

test("search facets filter the results and pages keep the query", async ({ page }) => {
  await page.goto("/search?q=tra");
  await page.getByLabel("Hạng sao", { exact: true }).selectOption("4");
  await page.getByRole("main").getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/stars=4/);
  for (const item of await page.getByRole("list", { name: "Tìm kiếm sản phẩm" }).getByRole("listitem").all()) {
    await expect(item.getByRole("img", { name: "Sản phẩm OCOP 4 sao" })).toBeVisible();
  }
});

test("the header typeahead suggests products and opens one with the keyboard", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm, chủ thể, địa phương" });
  await box.fill("mien do");
  const options = page.getByRole("listbox").getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/products\/mien-/);
});
