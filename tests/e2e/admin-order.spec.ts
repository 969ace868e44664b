import { expect, test } from "../harness/csp-watch.ts";
import { TEST_ADDRESS as address } from "../harness/demo.ts";

/**
 * README, "Staff tools": on the Medusa Admin's order page, an OCOP widget names the payment mode in
 * words and tells an unpaid VietQR order ("Authorized" in Medusa's own badge) as awaiting transfer.
 * It also names the producer of each line, who fulfils it in the producer portal.
 */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const publishableKey = process.env.TEST_PUBLISHABLE_KEY ?? "";

async function store(path: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return response.json();
}

/** A VietQR order not yet paid, placed through the store API as a buyer's client places it. */
async function vietQrOrder(): Promise<{ id: string; display_id: number }> {
  const region = (await store("/store/regions")).regions[0].id;
  const cart = (await store("/store/carts", { region_id: region, email: "admin-widget@example.vn" })).cart.id;
  const { products } = await store(`/store/products?handle=mien-viet-cuong&fields=*variants&region_id=${region}`);
  await store(`/store/carts/${cart}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 });
  await store(`/store/carts/${cart}`, { shipping_address: address, billing_address: address });
  const [option] = (await store(`/store/shipping-options?cart_id=${cart}`)).shipping_options;
  await store(`/store/carts/${cart}/shipping-methods`, { option_id: option.id });
  const collection = (await store("/store/payment-collections", { cart_id: cart })).payment_collection.id;
  await store(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" });
  return (await store(`/store/carts/${cart}/complete`, {})).order;
}

/** The Admin API as staff, with a token from Medusa's own sign-in. */
async function admin(path: string) {
  const signIn = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop-demo.vn", password: "ocop-demo-2026" }),
  });
  const { token } = await signIn.json();
  const response = await fetch(`${backendUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return response.json();
}

test("the Admin's order page names the payment mode, an unpaid VietQR order as awaiting transfer, and each line's producer", async ({ page }) => {
  const order = await vietQrOrder();
  // The order's producer lines are written by the order.placed subscriber, after the order answers.
  await expect.poll(async () => (await admin(`/admin/ocop/orders/${order.id}/producers`)).lines.length).toBe(1);
  await page.goto(`${backendUrl}/app/orders/${order.id}`);
  // Medusa's login form labels its fields by placeholder only.
  await page.getByPlaceholder("Email").fill("admin@ocop-demo.vn");
  await page.getByPlaceholder("Password").fill("ocop-demo-2026");
  await page.getByRole("button", { name: "Continue with Email" }).click();
  await expect(page.getByRole("heading", { name: `#${order.display_id}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Thanh toán (OCOP)" })).toBeVisible();
  await expect(page.getByText("Chuyển khoản VietQR")).toBeVisible();
  await expect(page.getByText("Chờ chuyển khoản")).toBeVisible();
  await expect(page.getByText(/^Nội dung chuyển khoản: OCOP[A-Z0-9]+$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chủ thể theo dòng hàng" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /× 1: Hợp tác xã Miến Việt Cường$/ })).toBeVisible();
});
