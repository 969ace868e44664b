import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, test } from "../harness/csp-watch.ts";

const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const storeHeaders = { "x-publishable-api-key": process.env.TEST_PUBLISHABLE_KEY ?? "" };

/**
 * The Admin API as the demo staff user (DEMO_STAFF in scripts/platform/backend.ts,
 * which Playwright's loader cannot import: it pulls in Node-only modules).
 */
async function admin(request: APIRequestContext) {
  const login = await request.post(`${backendUrl}/auth/user/emailpass`, { data: { email: "admin@ocop-demo.vn", password: "ocop-demo-2026" } });
  expect(login.ok(), "demo staff login").toBe(true);
  const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  return {
    get: async (path: string) => (await request.get(`${backendUrl}${path}`, { headers })).json(),
    post: async (path: string, data: unknown) => expect((await request.post(`${backendUrl}${path}`, { headers, data })).ok()).toBe(true),
  };
}

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

test("a sold-out product says so on search results, and “in stock only” leaves it out", async ({ page, request }) => {
  // Hồng không hạt's 5 kg box is sold out in the seed; emptying the 2 kg box sells out the product.
  const staff = await admin(request);
  const body = (await staff.get("/admin/inventory-items?sku=BB-HONG-2KG&fields=id,*location_levels")) as {
    inventory_items: { id: string; location_levels: { location_id: string; stocked_quantity: number }[] }[];
  };
  const item = body.inventory_items[0];
  const level = item?.location_levels[0];
  if (!item || !level) throw new Error("The seed has no stock level for BB-HONG-2KG.");
  const setStock = (stocked: number) => staff.post(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, { stocked_quantity: stocked });
  await setStock(0);
  try {
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`${backendUrl}/store/ocop/search?q=hong+khong+hat`, { headers: storeHeaders });
          return ((await response.json()) as { hits: { handle: string; in_stock: boolean }[] }).hits.find((h) => h.handle === "hong-khong-hat-ba-be")?.in_stock;
        },
        { timeout: 30_000 },
      ) // the index follows the stock event after the response; a loaded machine takes seconds
      .toBe(false);
    await page.goto("/search?q=hồng+không+hạt");
    const hits = page.getByRole("list", { name: "Tìm kiếm sản phẩm" });
    await expect(hits.getByRole("listitem").filter({ hasText: "Hồng không hạt Ba Bể" })).toContainText("Hết hàng");
    await page.getByLabel("Chỉ sản phẩm còn hàng").check();
    await page.getByRole("main").getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/in_stock=true/);
    await expect(page.getByLabel("Chỉ sản phẩm còn hàng")).toBeChecked();
    await expect(hits.getByRole("link", { name: "Hồng không hạt Ba Bể" })).toHaveCount(0);
  } finally {
    await setStock(level.stocked_quantity);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  const cases = [
    { path: "/search?q=tra", label: "Giá", band: /^100\.000\s₫ – 300\.000\s₫ \((\d+)\)$/, submit: "Tìm", list: "Tìm kiếm sản phẩm", price: /Từ ([\d.]+)/ },
    { path: "/en/search?q=tea", label: "Price", band: /^₫100,000 – ₫300,000 \((\d+)\)$/, submit: "Search", list: "Search products", price: /From ₫([\d,]+)/ },
  ];
  for (const c of cases) {
    test(`the price filter on ${c.path} finds as many products as its band counts, all in the band`, async ({ page }) => {
      await page.goto(c.path);
      const select = page.getByLabel(c.label, { exact: true });
      const counted = Number(c.band.exec((await select.locator('option[value="100k-300k"]').textContent()) ?? "")?.[1]);
      expect(counted).toBeGreaterThan(0);
      await select.selectOption("100k-300k");
      await page.getByRole("main").getByRole("button", { name: c.submit, exact: true }).click();
      await expect(page).toHaveURL(/price=100k-300k/);
      const items = await page.getByRole("list", { name: c.list }).getByRole("listitem").allTextContents();
      expect(items).toHaveLength(counted);
      for (const text of items) {
        const amount = Number(c.price.exec(text)?.[1]?.replace(/[.,]/g, ""));
        expect(amount, text).toBeGreaterThanOrEqual(100_000);
        expect(amount, text).toBeLessThan(300_000);
      }
    });
  }
});

test("a search names the producers it finds, linking to their pages, in Vietnamese and English", async ({ page }) => {
  await page.goto("/search?q=hao+dat");
  const producers = page.getByRole("region", { name: "Chủ thể OCOP" });
  await producers.getByRole("link", { name: "Hợp tác xã Chè Hảo Đạt" }).click();
  await expect(page).toHaveURL(/\/producers\/htx-che-hao-dat$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hợp tác xã Chè Hảo Đạt");

  await page.goto("/en/search?q=hao+dat");
  await page.getByRole("region", { name: "Producers" }).getByRole("link", { name: "Hợp tác xã Chè Hảo Đạt" }).click();
  await expect(page).toHaveURL(/\/en\/producers\/htx-che-hao-dat$/);
});

for (const path of ["/search?q=hao+dat", "/en/search?q=tra&price=100k-300k&in_stock=true"]) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

/** WCAG contrast of an element's text on its own background, read from the page's computed styles. */
async function contrastOf(option: import("@playwright/test").Locator): Promise<number> {
  return option.evaluate((element) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
    };
    const style = getComputedStyle(element);
    const [light, dark] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
}

for (const { path, name, query, viewport } of [
  { path: "/", name: "Tìm sản phẩm, chủ thể, địa phương", query: "mien do", viewport: { width: 390, height: 844 } },
  { path: "/en/", name: "Search products, producers, places", query: "che", viewport: { width: 1280, height: 800 } },
]) {
  test(`the open typeahead on ${path} is readable, passes axe, and Escape closes it before clearing the text (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(path);
    const box = page.getByRole("combobox", { name });
    await box.fill(query);
    const options = page.getByRole("listbox").getByRole("option");
    await expect(options.first()).toBeVisible();
    expect(await contrastOf(options.first())).toBeGreaterThanOrEqual(4.5);
    await box.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    expect(await contrastOf(options.first())).toBeGreaterThanOrEqual(4.5);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).include(".header-search").analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await box.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(box).toHaveValue(query);
  });
}
