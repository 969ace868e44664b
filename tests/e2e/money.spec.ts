import type { Locator } from "@playwright/test";
import { type APIRequestContext, expect, type Page, test } from "../harness/csp-watch.ts";

/**
 * Money right everywhere: buying through the pages with the code TUANLEOCOP
 * and each delivery mode the seed offers (backend/src/scripts/seed/store-setup.ts),
 * every figure on the cart, the checkout review and the confirmation is the
 * Admin API's figure for the order placed, and the figures add up.
 */
test.use({ viewport: { width: 390, height: 844 } });

const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const CODE = "TUANLEOCOP";

/** The Admin API as the demo staff user (Playwright's loader cannot import scripts/platform/backend.ts). */
async function adminOrder(request: APIRequestContext, id: string): Promise<AdminOrder> {
  const login = await request.post(`${backendUrl}/auth/user/emailpass`, { data: { email: "admin@ocop-demo.vn", password: "ocop-demo-2026" } });
  expect(login.ok(), "demo staff login").toBe(true);
  const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  const fields = "id,total,item_subtotal,discount_total,shipping_total,tax_total,items.unit_price,items.quantity,items.subtotal,shipping_methods.name";
  const response = await request.get(`${backendUrl}/admin/orders/${id}?fields=${fields}`, { headers });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { order: AdminOrder }).order;
}
type AdminOrder = {
  total: number;
  item_subtotal: number;
  discount_total: number;
  shipping_total: number;
  tax_total: number;
  items: { unit_price: number; quantity: number; subtotal: number }[];
  shipping_methods: { name: string }[];
};

const TEXT = {
  vi: {
    prefix: "",
    add: "Thêm vào giỏ",
    quantity: "Số lượng",
    cart: "Giỏ hàng",
    promo: "Mã khuyến mãi",
    apply: "Áp dụng",
    applied: "Đã áp dụng mã khuyến mãi.",
    checkout: "Thanh toán",
    next: "Tiếp tục",
    cod: "Thanh toán khi nhận hàng (COD)",
    review: "4. Xem lại và đặt hàng",
    place: "Đặt hàng",
    amounts: "Số tiền",
    items: "Tiền hàng",
    discount: `Giảm giá (mã ${CODE})`,
    shipping: "Phí giao hàng",
    tax: "Thuế",
    total: "Tổng cộng",
    shippingLater: /Chưa gồm phí giao hàng/,
    address: ["Email", "Họ và tên", "Số điện thoại", "Tỉnh / thành phố", "Xã / phường / đặc khu", "Số nhà, đường, thôn/xóm"],
  },
  en: {
    prefix: "/en",
    add: "Add to cart",
    quantity: "Quantity",
    cart: "Cart",
    promo: "Promotion code",
    apply: "Apply",
    applied: "The promotion code was applied.",
    checkout: "Check out",
    next: "Continue",
    cod: "Cash on delivery",
    review: "4. Review and place the order",
    place: "Place order",
    amounts: "Amounts",
    items: "Items",
    discount: `Discount (code ${CODE})`,
    shipping: "Shipping",
    tax: "Tax",
    total: "Total",
    shippingLater: /Shipping is not included yet/,
    address: ["Email", "Full name", "Phone", "Province or city", "Commune or ward", "House number, street, hamlet"],
  },
} as const;
type Locale = keyof typeof TEXT;

/** The seed's three delivery modes (named in Vietnamese by the backend; English too should the checkout name them so). */
const MODES = [
  { mode: /Chuyển phát tiêu chuẩn|Standard post/, locale: "vi" },
  { mode: /Chuyển phát nhanh|Express/, locale: "vi" },
  { mode: /Nhận tại Trung tâm OCOP|Pick up at/, locale: "en" },
] as const;

const vnd = (amount: number, locale: Locale) =>
  new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount);
const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** The money lines of a page part: each term with its figure, as shown. */
async function moneyLines(part: Locator, locale: Locale): Promise<[string, string][]> {
  const group = part.getByRole("group", { name: TEXT[locale].amounts });
  await expect(group.getByRole("term").last()).toHaveText(TEXT[locale].total);
  const terms = (await group.getByRole("term").allInnerTexts()).map(tidy);
  const figures = (await group.getByRole("definition").allInnerTexts()).map(tidy);
  expect(figures).toHaveLength(terms.length);
  return terms.map((term, i) => [term, figures[i] ?? ""]);
}

async function add(page: Page, locale: Locale, handle: string, quantity: number) {
  const text = TEXT[locale];
  await page.goto(`${text.prefix}/products/${handle}`);
  const buy = page.getByRole("form", { name: text.add });
  await buy.getByLabel(text.quantity).fill(String(quantity));
  await buy.getByRole("button", { name: text.add }).click();
  await expect(page).toHaveURL(/\/cart\?notice=added$/);
}

async function fillAddress(page: Page, locale: Locale) {
  const [email, name, phone, province, ward, street] = TEXT[locale].address;
  await page.getByLabel(email).fill("tien@example.vn");
  await page.getByLabel(name).fill("Nguyễn Thị Tiền");
  await page.getByLabel(phone).fill("0912 345 678");
  await page.getByLabel(province).selectOption("Thái Nguyên");
  await page.getByLabel(ward).selectOption("Phường Phan Đình Phùng");
  await page.getByLabel(street).fill("2 Lương Ngọc Quyến");
}

for (const { mode, locale } of MODES) {
  test(`with ${CODE} and delivery “${mode.source}” (${locale}), every figure is the order's`, async ({ page, request }) => {
    const text = TEXT[locale];
    const money = (amount: number) => tidy(vnd(amount, locale));

    // Cart: two lines and the code; no shipping figure before a delivery is chosen.
    await add(page, locale, "mien-viet-cuong", 2);
    await add(page, locale, "mat-ong-phuc-thanh", 1);
    await page.getByLabel(text.promo).fill(CODE.toLowerCase());
    await page.getByRole("button", { name: text.apply }).click();
    await expect(page.getByRole("status")).toHaveText(text.applied);
    const cartLines = (await page.getByRole("list", { name: text.cart }).getByRole("listitem").allInnerTexts()).map(tidy);
    const cart = await moneyLines(page.getByRole("main"), locale);
    await expect(page.getByText(text.shippingLater)).toBeVisible();

    // Checkout: still no shipping figure while the delivery is being chosen.
    await page.getByRole("link", { name: text.checkout, exact: true }).click();
    await fillAddress(page, locale);
    await page.getByRole("button", { name: text.next }).click();
    const delivery = page.getByRole("radio");
    await expect(delivery).toHaveCount(MODES.length);
    const review = page.getByRole("region", { name: text.review });
    expect((await moneyLines(review, locale)).map(([term]) => term)).toEqual([text.items, text.discount, text.total]);
    await expect(review.getByText(text.shippingLater)).toBeVisible();
    await page.getByRole("radio", { name: mode }).check();
    await page.getByRole("button", { name: text.next }).click();
    await page.getByRole("radio", { name: text.cod }).check();
    await page.getByRole("button", { name: text.next }).click();
    await expect(page.getByRole("button", { name: text.place })).toBeVisible();
    const reviewed = await moneyLines(review, locale);
    await page.getByRole("button", { name: text.place }).click();

    await expect(page).toHaveURL(/\/orders\/order_/);
    const confirmed = await moneyLines(page.getByRole("main"), locale);
    const order = await adminOrder(request, new URL(page.url()).pathname.split("/").pop() ?? "");

    // The order's own figures add up, with the code taking something off.
    expect(order.discount_total).toBeGreaterThan(0);
    expect(order.item_subtotal - order.discount_total + order.shipping_total + order.tax_total).toBe(order.total);
    const [shippingMode] = order.shipping_methods.map((m) => m.name);
    expect(shippingMode).toMatch(mode);
    const tax: [string, string][] = order.tax_total ? [[text.tax, money(order.tax_total)]] : [];
    const placed: [string, string][] = [
      [text.items, money(order.item_subtotal)],
      [text.discount, `−${money(order.discount_total)}`],
      [`${text.shipping} · ${shippingMode}`, money(order.shipping_total)],
      ...tax,
      [text.total, money(order.total)],
    ];
    expect(confirmed).toEqual(placed);
    expect(reviewed).toEqual(placed);
    // The cart, before delivery: the same goods and discount, the total without the shipping.
    expect(cart).toEqual([
      [text.items, money(order.item_subtotal)],
      [text.discount, `−${money(order.discount_total)}`],
      ...tax,
      [text.total, money(order.total - order.shipping_total)],
    ]);
    // Each cart line: its price, its quantity and its amount, as the order has them.
    expect(order.items).toHaveLength(cartLines.length);
    for (const item of order.items) {
      expect(item.subtotal).toBe(item.unit_price * item.quantity);
      expect(cartLines.some((line) => line.includes(`${money(item.unit_price)} × ${item.quantity} = ${money(item.subtotal)}`))).toBe(true);
    }
  });
}
