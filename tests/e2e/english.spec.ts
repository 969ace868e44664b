import { expect, type Page, test } from "../harness/csp-watch.ts";
import { unmarkedVietnamese } from "../harness/vietnamese-text.ts";

/**
 * English everywhere on /en: no Vietnamese text outside elements marked
 * lang="vi" (names in English text and untranslated fallbacks are marked),
 * on every English page of the sitemap and through a purchase.
 */

async function expectEnglish(page: Page) {
  expect(await unmarkedVietnamese(page), `Vietnamese outside lang="vi" on ${page.url()}`).toEqual([]);
}

test("every English page of the sitemap is in English", async ({ page, request }) => {
  test.setTimeout(900_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname).filter((p) => p === "/en/" || p.startsWith("/en/"));
  expect(paths.length).toBeGreaterThan(50);
  const failures: Record<string, unknown> = {};
  for (const path of paths) {
    await page.goto(path);
    const found = await unmarkedVietnamese(page);
    if (found.length) failures[path] = found;
  }
  expect(failures).toEqual({});
});

test("the cart, checkout and confirmation are in English", async ({ page }) => {
  await page.goto("/en/products/che-tom-non-hao-dat");
  const buy = page.getByRole("form", { name: "Add to cart" });
  await buy.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart\?notice=added$/);
  await expectEnglish(page);

  await page.getByRole("link", { name: "Checkout" }).click();
  await expectEnglish(page);
  await page.getByLabel("Email").fill("visitor@example.com");
  await page.getByLabel("Full name").fill("Jane Doe");
  await page.getByLabel("Phone").fill("+84 912 345 678");
  await page.getByLabel("Province or city").selectOption("Thái Nguyên");
  await page.getByLabel("Commune or ward").fill("Phường Phan Đình Phùng");
  await page.getByLabel("House number, street, hamlet").fill("12 Hoàng Văn Thụ");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectEnglish(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectEnglish(page);
  await page.getByLabel("Cash on delivery").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectEnglish(page);
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/en\/orders\/order_/);
  await expectEnglish(page);
});
