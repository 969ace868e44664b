import { orderProof } from "@ocop/core/order-proof";
import { producerFetch } from "../../backend/integration-tests/http/producer-client.ts";
import { eventually } from "../../backend/integration-tests/http/store-order.ts";
import { expect, test } from "../harness/csp-watch.ts";
import { TEST_ADDRESS as address } from "../harness/demo.ts";

/**
 * README, "Order status for buyers": once its producer ships, the buyer's order page (on the device
 * that placed it) says the order is shipped and shows the carrier and the tracking number, on a phone
 * and a desktop, in Vietnamese and English.
 */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const publishableKey = process.env.TEST_PUBLISHABLE_KEY ?? "";
const orderSecret = process.env.TEST_ORDER_SECRET ?? "";

async function store(path: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return response.json();
}

/** A VietQR order of Việt Cường's noodles, placed through the store API as a buyer's client places it. */
async function vietQrOrder(): Promise<string> {
  const region = (await store("/store/regions")).regions[0].id;
  const cart = (await store("/store/carts", { region_id: region, email: "trang-thai@example.vn" })).cart.id;
  const { products } = await store(`/store/products?handle=mien-viet-cuong&fields=*variants&region_id=${region}`);
  await store(`/store/carts/${cart}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 });
  await store(`/store/carts/${cart}`, { shipping_address: address, billing_address: address });
  const [option] = (await store(`/store/shipping-options?cart_id=${cart}`)).shipping_options;
  await store(`/store/carts/${cart}/shipping-methods`, { option_id: option.id });
  const collection = (await store("/store/payment-collections", { cart_id: cart })).payment_collection.id;
  await store(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" });
  return (await store(`/store/carts/${cart}/complete`, {})).order.id;
}

let orderId = "";

test.beforeAll(async () => {
  orderId = await vietQrOrder();
  const vietCuong = await producerFetch(backendUrl, "vietcuong@ocop-demo.vn");
  await eventually(async () => (await vietCuong("/producer/orders")).body.orders.some((o: { id: string }) => o.id === orderId));
  expect((await vietCuong(`/producer/orders/${orderId}/confirm-payment`, { body: {} })).status).toBe(200);
  const shipped = await vietCuong(`/producer/orders/${orderId}/ship`, { body: { mode: "shipped", carrier: "viettel-post", tracking_number: "VTP-987654321" } });
  expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
});

const words = {
  vi: { path: "", heading: "Tình trạng đơn hàng", now: "Hiện tại: Đã gửi hàng", carrier: "Đơn vị vận chuyển", tracking: "Mã vận đơn", paid: "Đã thanh toán" },
  en: { path: "/en", heading: "Order status", now: "Now: Shipped", carrier: "Carrier", tracking: "Tracking number", paid: "Paid" },
};

for (const [lang, w] of Object.entries(words)) {
  for (const [size, viewport] of Object.entries({ phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } })) {
    test(`the order page shows it shipped with carrier and tracking (${lang}, ${size})`, async ({ page, context, baseURL }) => {
      await page.setViewportSize(viewport);
      await context.addCookies([{ name: "ocop_orders", value: `${orderId}.${orderProof(orderSecret, orderId)}`, url: baseURL ?? "" }]);
      await page.goto(`${w.path}/orders/${orderId}`);
      const status = page.getByRole("region", { name: w.heading });
      await expect(status).toContainText(w.now);
      // The timeline: paid and shipped reached, shipped the current step.
      await expect(status.getByRole("listitem").filter({ hasText: w.paid })).toBeVisible();
      await expect(status.locator('[aria-current="step"]')).toContainText(w.now.split(": ")[1] ?? "");
      const shipment = status.getByRole("listitem").filter({ hasText: "Viettel Post" });
      await expect(shipment.getByRole("term").filter({ hasText: w.carrier })).toBeVisible();
      await expect(shipment.getByRole("definition").filter({ hasText: "Viettel Post" })).toBeVisible();
      await expect(shipment.getByRole("term").filter({ hasText: w.tracking })).toBeVisible();
      await expect(shipment.getByRole("definition").filter({ hasText: "VTP-987654321" })).toBeVisible();
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `test-results/buyer-status-${lang}-${size}.png`, fullPage: true });
    });
  }
}
