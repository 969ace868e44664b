import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../harness/csp-watch.ts";

const pages = ["/", "/products", "/products/che-tom-non-hao-dat", "/en/", "/en/products", "/en/products/mien-viet-cuong", "/livestreams", "/en/showrooms"];

for (const path of pages) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test("axe finds no serious or critical violations on a producer page", async ({ page }) => {
  await page.goto("/products/che-tom-non-hao-dat");
  await page.getByRole("region", { name: "Chủ thể sản xuất" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/producers\//);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
