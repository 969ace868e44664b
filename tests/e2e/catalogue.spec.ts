import { expect, test } from "../harness/csp-watch.ts";

test.describe("browse → filter → product", () => {
  test("in Vietnamese: filter by group and stars, open a 5★ product with its certificate", async ({ page }) => {
    await page.goto("/products");
    const filters = page.getByRole("form", { name: "Lọc sản phẩm" });
    await filters.getByLabel("Nhóm", { exact: true }).selectOption("food");
    await filters.getByLabel("Hạng sao", { exact: true }).selectOption("5");
    await filters.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/group=food/);
    await expect(page).toHaveURL(/stars=5/);

    const results = page.getByRole("list", { name: "Tất cả sản phẩm" });
    const cards = results.getByRole("listitem");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card.getByRole("img", { name: "Sản phẩm OCOP 5 sao" })).toBeVisible();
    }

    await results.getByRole("link", { name: "Chè tôm nõn Hảo Đạt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chè tôm nõn Hảo Đạt");
    const certificate = page.getByRole("region", { name: "Chứng nhận OCOP" });
    await expect(certificate).toContainText("Còn hiệu lực");
    await expect(certificate).toContainText("Quyết định");
    await expect(page.getByRole("region", { name: "Câu chuyện sản phẩm" })).toBeVisible();
  });

  test("in English: filter by producer type and place, and switch language on the product page", async ({ page }) => {
    await page.goto("/en/products?type=cooperative&sort=name");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const results = page.getByRole("list", { name: "All products" });
    await expect(results.getByRole("listitem").first()).toBeVisible();
    await results.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/en\/products\//);
    await expect(page.getByRole("region", { name: "OCOP certificate" })).toBeVisible();
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(page.getByRole("region", { name: "Chứng nhận OCOP" })).toBeVisible();
  });

  test("the language switch keeps the filters", async ({ page }) => {
    await page.goto("/products?group=beverages&sort=name");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/products\?group=beverages&sort=name$/);
    await expect(page.getByLabel("Group", { exact: true })).toHaveValue("beverages");
  });

  test("a bad filter value gets a 400 that says which, and the rest still applies", async ({ page }) => {
    const response = await page.goto("/products?stars=7&group=food");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("stars=7");
  });
});

test.describe("honesty about certificates", () => {
  test("a product without a valid certificate never shows the OCOP mark and says why", async ({ page, request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const handles = [...new Set([...sitemap.matchAll(/<loc>[^<]*?\/products\/([^</]+)<\/loc>/g)].map((m) => m[1] ?? ""))];
    // Every product on the platform, and other tests add products: the time this takes grows with them.
    // A few seconds a page even on a loaded machine, without the images (they say nothing about
    // certificates, and resizing them costs the storefront most of a page's time).
    test.setTimeout(30_000 + handles.length * 5_000);
    await page.route("**/*", (route) => (["image", "font", "media"].includes(route.request().resourceType()) ? route.abort() : route.continue()));
    const seen = { revoked: 0, expired: 0, none: 0 };
    for (const handle of handles) {
      await page.goto(`/products/${handle}`);
      const panel = page.getByRole("region", { name: "Chứng nhận OCOP" });
      if (!(await panel.isVisible())) continue; // not an OCOP product at all
      const text = (await panel.textContent()) ?? "";
      const marks = await page.getByRole("img", { name: /Sản phẩm OCOP \d sao/ }).count();
      if (/Đã bị thu hồi/.test(text)) seen.revoked++;
      else if (/Đã hết hạn/.test(text)) seen.expired++;
      else if (/chưa được chứng nhận OCOP/.test(text)) seen.none++;
      else {
        expect(marks, `${handle} has a valid certificate and shows the mark`).toBeGreaterThan(0);
        continue;
      }
      expect(marks, `${handle} must not show the OCOP mark`).toBe(0);
    }
    expect(seen.revoked).toBeGreaterThanOrEqual(1);
    expect(seen.expired).toBeGreaterThanOrEqual(1);
    expect(seen.none).toBeGreaterThanOrEqual(1);
  });
});
