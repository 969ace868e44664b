import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "../harness/csp-watch.ts";
import { TEST_ADDRESS as address, STAFF } from "../harness/demo.ts";

/**
 * README, "Producer portal": a producer's order list shows what the buyer
 * pays, how and where that stands (with the VietQR reference), ships with a
 * carrier and tracking number that stay on the lines after a reload, and a
 * refused price shows only its error. On a phone and a desktop, in both
 * languages.
 */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const publishableKey = process.env.TEST_PUBLISHABLE_KEY ?? "";

async function call(path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json", ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return response.json();
}

/** A bag of Việt Cường's noodles bought through the store API, with standard shipping, paid the given way. */
async function placeOrder(provider: "pp_cod_cod" | "pp_vietqr_vietqr"): Promise<{ id: string; display_id: number; total: number }> {
  const region = (await call("/store/regions")).regions[0].id;
  const cart = (await call("/store/carts", { body: { region_id: region, email: "don-e2e@example.vn" } })).cart.id;
  const { products } = await call(`/store/products?handle=mien-viet-cuong&fields=*variants&region_id=${region}`);
  await call(`/store/carts/${cart}/line-items`, { body: { variant_id: products[0].variants[0].id, quantity: 1 } });
  await call(`/store/carts/${cart}`, { body: { shipping_address: address, billing_address: address } });
  const [option] = (await call(`/store/shipping-options?cart_id=${cart}`)).shipping_options;
  await call(`/store/carts/${cart}/shipping-methods`, { body: { option_id: option.id } });
  const collection = (await call("/store/payment-collections", { body: { cart_id: cart } })).payment_collection.id;
  await call(`/store/payment-collections/${collection}/payment-sessions`, { body: { provider_id: provider } });
  return (await call(`/store/carts/${cart}/complete`, { body: {} })).order;
}

/** The Admin API as the demo staff user: the order's VietQR reference, and whether its producer lines are written yet. */
async function admin(path: string) {
  const { token } = await call("/auth/user/emailpass", { body: STAFF });
  return call(path, { headers: { authorization: `Bearer ${token}` } });
}

const TEXT = {
  vi: {
    prefix: "",
    password: "Mật khẩu",
    logIn: "Đăng nhập",
    cod: "Thanh toán khi nhận hàng (COD) · thu tiền khi giao",
    vietqr: "Chuyển khoản VietQR · chờ chuyển khoản",
    nothing: "Không thu tiền khi giao: khách trả bằng chuyển khoản VietQR.",
    confirm: "Xác nhận đã nhận chuyển khoản",
    carrier: "Đơn vị vận chuyển",
    tracking: "Mã vận đơn",
    ship: "Đã gửi hàng",
    saved: "Đã lưu.",
    shipped: "Đã gửi · Viettel Post · ",
    fulfilled: "Đã xử lý",
    save: "Lưu",
    price: "Giá (đồng)",
    priceError: "Giá (đồng): cần ít nhất 1000.",
    intl: "vi-VN",
  },
  en: {
    prefix: "/en",
    password: "Password",
    logIn: "Log in",
    cod: "Cash on delivery (COD) · to collect on delivery",
    vietqr: "VietQR bank transfer · awaiting transfer",
    nothing: "Nothing to collect on delivery: paid by VietQR transfer.",
    confirm: "Confirm the transfer arrived",
    carrier: "Carrier",
    tracking: "Tracking number",
    ship: "Mark shipped",
    saved: "Saved.",
    shipped: "Shipped · Viettel Post · ",
    fulfilled: "Fulfilled",
    save: "Save",
    price: "Price (đồng)",
    priceError: "Price (đồng): needs at least 1000.",
    intl: "en",
  },
} as const;
type Text = (typeof TEXT)[keyof typeof TEXT];

/** An amount as the page writes it, matched whatever space Intl puts before "₫". */
const money = (amount: number, text: Text) =>
  new RegExp(new Intl.NumberFormat(text.intl, { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount).replace(/[.,]/g, "\\$&").replace(/\s/g, "\\s"));

async function logIn(page: Page, text: Text) {
  await page.goto(`${text.prefix}/producer`);
  await page.getByLabel("Email").fill("vietcuong@ocop-demo.vn");
  await page.getByLabel(text.password).fill("ocop-demo-2026");
  await page.getByRole("button", { name: text.logIn, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${text.prefix}/producer$`));
}

const VIEWS = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
] as const;

for (const view of VIEWS) {
  for (const [lang, text] of Object.entries(TEXT)) {
    test.describe(`${view.name}, ${lang}`, () => {
      test.use({ viewport: view.viewport });

      test("the order list shows the amount, payment mode and VietQR reference; a shipment keeps its carrier and tracking number", async ({ page }) => {
        // Two orders, their subscribers, a shipment and an axe scan: beyond the 90 s hang limit on a loaded 2-core machine.
        test.slow();
        const cod = await placeOrder("pp_cod_cod");
        const qr = await placeOrder("pp_vietqr_vietqr");
        // The producer's lines are written by the order.placed subscriber, after the order answers.
        for (const order of [cod, qr]) await expect.poll(async () => (await admin(`/admin/ocop/orders/${order.id}/producers`)).lines.length).toBe(1);
        const payment = (await admin(`/admin/orders/${qr.id}?fields=payment_collections.payments.data`)).order.payment_collections[0].payments[0];
        const reference: string = payment.data.reference;

        await logIn(page, text);
        await page.goto(`${text.prefix}/producer/orders`);
        const codCard = page.getByRole("listitem", { name: `#${cod.display_id}`, exact: true });
        await expect(codCard).toContainText(text.cod);
        await expect(codCard).toContainText(money(cod.total, text));
        await expect(codCard.getByRole("button", { name: text.confirm })).toHaveCount(0);

        const qrCard = page.getByRole("listitem", { name: `#${qr.display_id}`, exact: true });
        await expect(qrCard).toContainText(text.vietqr);
        await expect(qrCard).toContainText(reference);
        await expect(qrCard).toContainText(text.nothing);
        await expect(qrCard.getByRole("button", { name: text.confirm })).toBeVisible();

        const tracking = `VTP${Date.now().toString(36).toUpperCase()}${lang.toUpperCase()}`;
        await codCard.getByRole("combobox", { name: text.carrier }).selectOption({ label: "Viettel Post" });
        await codCard.getByLabel(text.tracking, { exact: true }).fill(tracking);
        await codCard.getByRole("button", { name: text.ship }).click();
        await expect(page.getByRole("status")).toHaveText(text.saved);
        await page.reload();
        const shipped = page.getByRole("listitem", { name: `#${cod.display_id}`, exact: true });
        await expect(shipped).toContainText(`${text.shipped}${tracking}`);
        await expect(shipped).not.toContainText(text.fulfilled);
        await expect(shipped.getByRole("button", { name: text.ship })).toHaveCount(0);
        await page.waitForLoadState("load");
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });

      test("a refused price shows only its error, even right after a save", async ({ page }) => {
        await logIn(page, text);
        await page.goto(`${text.prefix}/producer/products`);
        await page.getByRole("link", { name: /Miến/ }).first().click();
        const price = page.getByLabel(text.price).first();
        const current = await price.inputValue();
        await page.getByRole("button", { name: text.save, exact: true }).click();
        await expect(page.getByRole("status")).toHaveText(text.saved);

        // The browser's own check (min="1000") is switched off, as in a browser that does not check forms.
        await page.getByRole("button", { name: text.save, exact: true }).evaluate((button) => (button as HTMLButtonElement).form?.setAttribute("novalidate", ""));
        await price.fill("-5000");
        await page.getByRole("button", { name: text.save, exact: true }).click();
        await expect(page.getByRole("alert")).toHaveText(text.priceError);
        await expect(page.getByText(text.saved, { exact: true })).toHaveCount(0);
        await expect(page.getByLabel(text.price).first()).toHaveValue(current);
      });
    });
  }
}
