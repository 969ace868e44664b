import { expect, type Page, test } from "../harness/csp-watch.ts";
import { unmarkedVietnamese } from "../harness/vietnamese-text.ts";

/**
 * English everywhere on /en: no Vietnamese text outside elements marked
 * lang="vi" (names in English text and untranslated fallbacks are marked),
 * on every English page of the sitemap and through a purchase.
 */

const described = (found: { text: string; in: string }[]) => found.map((f) => `${f.text}  (in ${f.in})`);

async function expectEnglish(page: Page) {
  expect(described(await unmarkedVietnamese(page)), `Vietnamese outside lang="vi" on ${page.url()}`).toEqual([]);
}

test("every English page of the sitemap is in English", async ({ page, request }) => {
  test.setTimeout(900_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname).filter((p) => p === "/en/" || p.startsWith("/en/"));
  expect(paths.length).toBeGreaterThan(50);
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    failures.push(...described(await unmarkedVietnamese(page)).map((f) => `${path}: ${f}`));
  }
  expect(failures).toEqual([]);
});

test("the cart, checkout and confirmation are in English, with the items' English names", async ({ page }) => {
  // Medusa keeps the Vietnamese titles on the line ("Trà xanh túi lọc…", "Hộp 100 g (50 túi)"): the pages look up the English ones.
  const item = /Nguyên Việt green tea bags\s*·\s*100 g box \(50 bags\)/;
  await page.goto("/en/products/tra-xanh-tui-loc-nguyen-viet");
  await page.getByRole("form", { name: "Add to cart" }).getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart\?notice=added$/);
  await expect(page.getByRole("listitem").filter({ hasText: item })).toBeVisible();
  await expectEnglish(page);

  await page.getByRole("link", { name: "Check out" }).click();
  await expectEnglish(page);
  await page.getByLabel("Email").fill("visitor@example.com");
  await page.getByLabel("Full name").fill("Jane Doe");
  await page.getByLabel("Phone").fill("+84 912 345 678");
  await page.getByLabel("Province or city").selectOption("Thái Nguyên");
  await page.getByLabel("Commune or ward").selectOption("Phường Phan Đình Phùng");
  await page.getByLabel("House number, street, hamlet").fill("12 Hoàng Văn Thụ");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("radio", { name: /Standard post/ })).toBeVisible();
  await expectEnglish(page);
  await page.getByRole("radio", { name: /Standard post/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Cash on delivery").check();
  await expectEnglish(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Place order" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: item })).toBeVisible();
  await expectEnglish(page);
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/en\/orders\/order_/);
  await expect(page.getByRole("listitem").filter({ hasText: item })).toBeVisible();
  await expectEnglish(page);
});
