import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "../harness/csp-watch.ts";
import { TEST_ADDRESS as address } from "../harness/demo.ts";

/**
 * Every public page on a phone (390×844) with the campaign banner on, in both
 * languages: nothing wider than the screen, a header of at most 72 px, what
 * matters first within the first screen, no axe WCAG 2 A/AA violation; and the
 * same pages on a desktop (1280×800): no overflow and the footer.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const LOT = "/01/08939990000016/10/HDTOMNON10-L01";
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const storeHeaders = { "x-publishable-api-key": process.env.TEST_PUBLISHABLE_KEY ?? "" };

const words = {
  vi: {
    banner: /TUANLEOCOP/,
    add: "Thêm vào giỏ",
    place: "Đặt hàng",
    producer: "Chủ thể sản xuất",
    cert: "Chứng nhận OCOP",
    status: /^(Còn hiệu lực|Còn hiệu lực, sắp hết hạn|Đã hết hạn|Đã bị thu hồi)$/,
    stock: /Còn \d+ sản phẩm/,
    policies: "Chính sách",
    menu: "Menu",
    main: "Điều hướng chính",
    search: "Tìm sản phẩm, chủ thể, địa phương",
    filters: "Bộ lọc và sắp xếp",
  },
  en: {
    banner: /TUANLEOCOP/,
    add: "Add to cart",
    place: "Place order",
    producer: "Producer",
    cert: "OCOP certificate",
    status: /^(Valid|Valid, expiring soon|Expired|Revoked)$/,
    stock: /\d+ in stock/,
    policies: "Policies",
    menu: "Menu",
    main: "Main",
    search: "Search products, producers, places",
    filters: "Filters and sorting",
  },
} as const;
type Lang = keyof typeof words;
const at = (lang: Lang, path: string) => (lang === "en" ? `/en${path}` : path);

const pages = [
  ["home", "/"],
  ["listing", "/products"],
  ["product", "/products/mien-viet-cuong"],
  ["search", "/search?q=che"],
  ["trace lot", LOT],
  ["trace unit", `${LOT}/21/DEMO-UNIT-0001`],
  ["showrooms", "/showrooms"],
  ["livestreams", "/livestreams"],
  ["about", "/about-ocop"],
  ["delivery and returns", "/delivery-returns"],
] as const;

async function store(request: APIRequestContext, path: string, data?: unknown) {
  const response =
    data === undefined ? await request.get(`${backendUrl}${path}`, { headers: storeHeaders }) : await request.post(`${backendUrl}${path}`, { headers: storeHeaders, data });
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return response.json();
}

/** A cart of two packs of noodles with the campaign's code; with an address, delivery and cash on delivery when `ready`. */
async function cart(request: APIRequestContext, ready: boolean): Promise<string> {
  const region: string = (await store(request, "/store/regions")).regions[0].id;
  const id: string = (await store(request, "/store/carts", { region_id: region, email: "dien-thoai@example.vn" })).cart.id;
  const product = (await store(request, "/store/products?handle=mien-viet-cuong&fields=id,*variants")).products[0];
  await store(request, `/store/carts/${id}/line-items`, { variant_id: product.variants[0].id, quantity: 2 });
  await store(request, `/store/carts/${id}/promotions`, { promo_codes: ["TUANLEOCOP"] });
  if (!ready) return id;
  await store(request, `/store/carts/${id}`, { shipping_address: address, billing_address: address });
  const options = (await store(request, `/store/shipping-options?cart_id=${id}`)).shipping_options as { id: string }[];
  await store(request, `/store/carts/${id}/shipping-methods`, { option_id: options[0]?.id });
  const collection: string = (await store(request, "/store/payment-collections", { cart_id: id })).payment_collection.id;
  await store(request, `/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_cod_cod" });
  return id;
}

async function useCart(page: Page, id: string) {
  await page.context().addCookies([{ name: "ocop_cart", value: id, url: new URL(page.url()).origin }]);
}

async function expectNoOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, "the page is no wider than the screen").toBeLessThanOrEqual(innerWidth);
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** The bottom edge of an element, in page pixels from the top of the document. */
async function bottomOf(locator: import("@playwright/test").Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
}

/** What every page shows on a phone: the banner in one slim line, a short header, the footer, no overflow, axe clean. */
async function expectPhoneFrame(page: Page, lang: Lang) {
  const w = words[lang];
  const note = page.getByRole("note");
  await expect(note.getByRole("link", { name: w.banner })).toBeVisible();
  expect((await note.boundingBox())?.height ?? 0, "the notice line").toBeLessThanOrEqual(48);
  const header = await page.getByRole("banner").boundingBox();
  expect(header?.height ?? 0, "the header").toBeLessThanOrEqual(72);
  await expect(page.getByRole("contentinfo").getByRole("navigation", { name: w.policies }).getByRole("link")).toHaveCount(3);
  await expectNoOverflow(page);
  await expectAxeClean(page);
}

for (const lang of ["vi", "en"] as const) {
  const w = words[lang];

  test.describe(`on a phone, ${lang}`, () => {
    test.use({ viewport: PHONE });

    for (const [name, path] of pages) {
      test(`${name} fits the screen and passes axe`, async ({ page }) => {
        await page.goto(at(lang, path));
        await expectPhoneFrame(page, lang);
      });
    }

    test("a product page shows its name, price, stock and the add-to-cart button in the first screen", async ({ page }) => {
      await page.goto(at(lang, "/products/mien-viet-cuong"));
      const button = page.getByRole("form", { name: w.add }).getByRole("button", { name: w.add });
      for (const part of [page.getByRole("heading", { level: 1 }), page.getByText(w.stock).first(), page.getByText(/₫/).first(), button]) {
        await expect(part).toBeVisible();
        expect(await bottomOf(part)).toBeLessThanOrEqual(PHONE.height);
      }
      const quantity = page.getByRole("spinbutton");
      expect((await quantity.boundingBox())?.height ?? 0, "the quantity box").toBeGreaterThanOrEqual(44);
      expect((await button.boundingBox())?.height ?? 0, "the button").toBeGreaterThanOrEqual(44);
    });

    for (const path of [LOT, `${LOT}/21/DEMO-UNIT-0001`]) {
      test(`the trace page ${path} shows the product, producer and certificate status in the first screen`, async ({ page }) => {
        await page.goto(at(lang, path));
        const certificate = page.getByRole("region", { name: w.cert });
        for (const part of [page.getByRole("heading", { level: 1 }), page.getByRole("region", { name: w.producer }).getByRole("link").first(), certificate.getByText(w.status)]) {
          await expect(part).toBeVisible();
          expect(await bottomOf(part)).toBeLessThanOrEqual(PHONE.height);
        }
      });
    }

    test("cart, checkout and the confirmation fit the screen and pass axe", async ({ page, request }) => {
      await page.goto(at(lang, "/"));
      await useCart(page, await cart(request, false));
      for (const path of ["/cart", "/checkout"]) {
        await page.goto(at(lang, path));
        await expectPhoneFrame(page, lang);
      }
      await useCart(page, await cart(request, true));
      await page.goto(at(lang, "/checkout"));
      await page.getByRole("button", { name: w.place }).click();
      await expect(page).toHaveURL(/\/orders\/order_/);
      await expectPhoneFrame(page, lang);
    });

    test("the menu is one button that opens the links, each a 44 px target", async ({ page }) => {
      await page.goto(at(lang, "/"));
      const nav = page.getByRole("navigation", { name: w.main });
      await expect(nav).toBeHidden();
      // A <summary> has no ARIA role of its own (Playwright gives it none): found by its visible word.
      const button = page.getByRole("banner").getByText(w.menu, { exact: true });
      const box = await button.locator("..").boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0), "the menu button").toBeGreaterThanOrEqual(44);
      await button.click();
      await expect(nav).toBeVisible();
      for (const link of await nav.getByRole("link").all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await expectNoOverflow(page);
      await expectAxeClean(page);
    });

    test("the header typeahead, open, passes axe and stays on the screen", async ({ page }) => {
      await page.goto(at(lang, "/"));
      await page.getByRole("combobox", { name: w.search }).fill(lang === "vi" ? "mien" : "tea");
      const list = page.getByRole("listbox");
      await expect(list.getByRole("option").first()).toBeVisible();
      const box = await list.boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width, "the suggestions are on the screen").toBe(true);
      await expectNoOverflow(page);
      await expectAxeClean(page);
    });

    test("search filters wait behind one button, after which come the results", async ({ page }) => {
      await page.goto(at(lang, "/search?q=che"));
      const filters = page.getByText(w.filters);
      await expect(filters).toBeVisible();
      await expect(page.getByRole("combobox", { name: lang === "vi" ? "Hạng sao" : "Star rating", exact: true })).toBeHidden();
      const results = page.getByRole("list", { name: lang === "vi" ? "Tìm kiếm sản phẩm" : "Search products" });
      expect(await bottomOf(results.getByRole("listitem").first())).toBeLessThanOrEqual(PHONE.height);
      await filters.click();
      await expect(page.getByRole("combobox", { name: lang === "vi" ? "Hạng sao" : "Star rating", exact: true })).toBeVisible();
    });
  });

  test.describe(`on a desktop, ${lang}`, () => {
    test.use({ viewport: DESKTOP });

    for (const [name, path] of [...pages, ["privacy", "/privacy"], ["terms", "/terms"]] as const) {
      test(`${name} fits the screen, with the menu in the header and the footer`, async ({ page }) => {
        await page.goto(at(lang, path));
        await expect(page.getByRole("navigation", { name: w.main }).getByRole("link").first()).toBeVisible();
        const footer = page.getByRole("contentinfo");
        await expect(footer.getByRole("navigation", { name: w.policies }).getByRole("link")).toHaveCount(3);
        await expect(footer.getByRole("link", { name: /@/ })).toBeVisible();
        await expectNoOverflow(page);
      });
    }
  });
}

test.describe("without JavaScript, on a phone", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("the menu opens and the notice line stays", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("note")).toContainText("Dữ liệu mẫu");
    await page.getByRole("banner").getByText("Menu").click();
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Điểm bán" }).click();
    await expect(page).toHaveURL(/\/showrooms$/);
  });
});

test("with JavaScript the notice line can be closed, and stays closed for the visit", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await page.getByRole("note").getByRole("button", { name: "Ẩn thông báo" }).click();
  await expect(page.getByRole("note")).toBeHidden();
  await page.goto("/products");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("note")).toBeHidden();
});
