import { expect, test } from "../harness/csp-watch.ts";

test("images are responsive AVIF/WebP with their size set, lazy below the fold", async ({ page, request }) => {
  await page.goto("/products/che-tom-non-hao-dat");
  const hero = page.locator(".hero picture");
  await expect(hero.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /240w.*480w.*600w/);
  await expect(hero.locator("source[type='image/webp']")).toHaveCount(1);
  const img = hero.locator("img");
  await expect(img).toHaveAttribute("width", /\d+/);
  await expect(img).toHaveAttribute("height", /\d+/);
  await expect(img).toHaveAttribute("loading", "eager");
  await expect(img).toHaveAttribute("alt", /minh hoạ/);

  const avif = await hero.locator('source[type="image/avif"]').getAttribute("srcset");
  const firstUrl = (avif ?? "").split(" ")[0] ?? "";
  const response = await request.get(firstUrl);
  expect(response.status()).toBe(200);
  // sharp labels AVIF output with its container type, HEIF.
  expect(response.headers()["content-type"]).toMatch(/^image\/(avif|heif)$/);

  await page.goto("/products");
  await expect(page.locator(".card img").first()).toHaveAttribute("loading", "lazy");
});
