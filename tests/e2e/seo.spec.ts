import { expect, test } from "../harness/csp-watch.ts";

test("the sitemap lists every product and producer page in both languages", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const products = [...xml.matchAll(/<loc>[^<]*?\/en\/products\/([^</]+)<\/loc>/g)].map((m) => m[1]);
  expect(products.length).toBeGreaterThanOrEqual(40);
  expect(xml).toMatch(/\/producers\/[^<]+<\/loc>/);
  expect(xml).toContain("/en/producers/");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});

test("a product page carries schema.org Product JSON-LD with VND offers", async ({ page }) => {
  await page.goto("/products/mien-viet-cuong");
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(json["@type"]).toBe("Product");
  expect(json.offers).toContainEqual(expect.objectContaining({ sku: "VC-MIEN-500", priceCurrency: "VND", price: 75000 }));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Miến/);
});
