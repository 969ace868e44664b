import { ORDER_PROOF_HEADER, orderProof } from "@ocop/core/order-proof";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sqlOn } from "../../backend/integration-tests/http/db.ts";
import { producerFetch } from "../../backend/integration-tests/http/producer-client.ts";
import { eventually } from "../../backend/integration-tests/http/store-order.ts";
import { TEST_ADDRESS } from "../harness/demo.ts";

/**
 * After buying (README, "Order status for buyers"): the buyer sees each producer's shipment with
 * its carrier and tracking number; guest orders join an account only once its owner proves the e-mail.
 */
const { storefrontUrl, backendUrl, databaseUrl, publishableKey, orderSecret } = inject("platform");
const sql = sqlOn(databaseUrl);
const RUN = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function store(path: string, init: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** A guest order of Việt Cường's noodles, cash on delivery. */
async function guestOrder(email: string): Promise<{ id: string; number: number }> {
  const [variant] = await sql<{ id: string }>("select id from product_variant where sku = $1", ["VC-MIEN-500"]);
  const { body: regions } = await store("/store/regions");
  const cartId = (await store("/store/carts", { body: { region_id: regions.regions[0].id } })).body.cart.id;
  await store(`/store/carts/${cartId}/line-items`, { body: { variant_id: variant?.id, quantity: 1 } });
  await store(`/store/carts/${cartId}`, { body: { email, shipping_address: TEST_ADDRESS } });
  const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`);
  await store(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: options.shipping_options[0].id } });
  const { body: collection } = await store("/store/payment-collections", { body: { cart_id: cartId } });
  await store(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_cod_cod" } });
  const placed = await store(`/store/carts/${cartId}/complete`, { body: {} });
  expect(placed.body.type, JSON.stringify(placed.body).slice(0, 300)).toBe("order");
  return { id: placed.body.order.id, number: placed.body.order.display_id };
}

const deviceCookie = (orderId: string) => `ocop_orders=${orderId}.${orderProof(orderSecret, orderId)}`;

async function page(path: string, cookie: string, form?: Record<string, string>) {
  const response = await fetch(`${storefrontUrl}${path}`, {
    method: form ? "POST" : "GET",
    headers: { cookie, ...(form ? { "content-type": "application/x-www-form-urlencoded", origin: storefrontUrl } : {}) },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    redirect: "manual",
  });
  return { status: response.status, html: await response.text(), location: response.headers.get("location") };
}

describe("an order shipped by its producer", () => {
  let order = { id: "", number: 0 };

  beforeAll(async () => {
    order = await guestOrder(`giao-${RUN}@example.vn`);
    const vietCuong = await producerFetch(backendUrl, "vietcuong@ocop-demo.vn");
    // The order's lines reach the portal through the order.placed subscriber.
    await eventually(async () => (await vietCuong("/producer/orders")).body.orders.some((o: { id: string }) => o.id === order.id));
    const shipped = await vietCuong(`/producer/orders/${order.id}/ship`, { body: { mode: "shipped", carrier: "vnpost", tracking_number: "EB123456789VN" } });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
  });

  it("is shipped for its buyer, with the producer, carrier and tracking number", async () => {
    const answer = await store(`/store/ocop/orders/${order.id}/status`, { headers: { [ORDER_PROOF_HEADER]: orderProof(orderSecret, order.id) } });
    expect(answer.status).toBe(200);
    expect(answer.body.status.stage).toBe("shipped");
    expect(answer.body.status.shipments).toEqual([
      expect.objectContaining({ mode: "shipped", carrier: "VNPost", tracking_number: "EB123456789VN", producer_name: expect.stringContaining("Việt Cường") }),
    ]);
  });

  it("is answered to nobody else, like the order itself", async () => {
    expect((await store(`/store/ocop/orders/${order.id}/status`)).status).toBe(404);
    expect((await store(`/store/ocop/orders/${order.id}/status`, { headers: { [ORDER_PROOF_HEADER]: "not-a-proof" } })).status).toBe(404);
  });

  it("shows on the buyer's order page in Vietnamese and English", async () => {
    const vi = await page(`/orders/${order.id}`, deviceCookie(order.id));
    expect(vi.status).toBe(200);
    expect(vi.html).toContain("Hiện tại: Đã gửi hàng");
    expect(vi.html).toContain("VNPost");
    expect(vi.html).toContain("EB123456789VN");
    const en = await page(`/en/orders/${order.id}`, deviceCookie(order.id));
    expect(en.html).toContain("Now: Shipped");
    expect(en.html).toContain("Tracking number");
    expect(en.html).toContain("EB123456789VN");
  });

  it("is e-mailed to the buyer with the same facts", async () => {
    const mail = async () => (await sql<{ data: any }>(`select data from notification where template = 'order-shipped' and data->>'order_id' = $1`, [order.id]))[0]?.data;
    await eventually(async () => Boolean(await mail()));
    expect((await mail()).shipment).toMatchObject({ carrier: "VNPost", tracking_number: "EB123456789VN" });
    const confirmation = (await sql<{ data: any }>(`select data from notification where template = 'order-placed' and data->>'order_id' = $1`, [order.id]))[0]?.data;
    expect(confirmation.status.stage).toBe("placed");
  });
});

describe("guest orders and a new account with the same e-mail", () => {
  const email = `khach-${RUN}@example.vn`;
  let earlier = { id: "", number: 0 };
  let stranger = { id: "", number: 0 };
  let token = "";
  const session = () => `ocop_session=${token}`;
  const ownerOf = async (id: string) => (await sql<{ customer_id: string | null }>('select customer_id from "order" where id = $1', [id]))[0]?.customer_id;
  const linkSent = async () =>
    (await sql<{ data: { url: string } }>(`select data from notification where "to" = $1 and template = 'customer-email-verification' order by created_at desc`, [email])).map(
      (n) => new URL(n.data.url).searchParams.get("token") ?? "",
    );

  beforeAll(async () => {
    earlier = await guestOrder(email);
    stranger = await guestOrder(`nguoi-khac-${RUN}@example.vn`);
    const login = { email, password: "mat-khau-dai-2026" };
    const registration = await store("/auth/customer/emailpass/register", { body: login });
    expect((await store("/store/customers", { body: { email, first_name: "Thu" }, token: registration.body.token })).status).toBe(200);
    token = (await store("/auth/customer/emailpass", { body: login })).body.token;
  });

  it("stay out of the account after registering alone; the account says to verify the e-mail", async () => {
    expect((await store("/store/ocop/customer/orders", { token })).body.orders).toEqual([]);
    expect((await store("/store/ocop/customer/email-verification", { token })).body).toEqual({ email, verified: false });
    const account = await page("/account", session());
    expect(account.status).toBe(200);
    expect(account.html).toContain("Xác minh e-mail để thấy các đơn hàng trước đây");
    expect(account.html).not.toContain(`#${earlier.number}<`);
    expect((await store(`/store/orders/${earlier.id}`, { token })).status).toBe(404);
  });

  it("stay out with a wrong or expired link, and nothing is attached", async () => {
    const sent = await page("/account/send-verification", session(), {});
    expect(sent.status).toBe(303);
    await eventually(async () => (await linkSent()).length === 1);
    const [link = ""] = await linkSent();
    const [id, expires] = link.split(".");
    for (const wrong of [`${id}.${expires}.forged-signature`, `${id}.${Number(expires) + 86_400}.${link.split(".")[2]}`, "x"]) {
      const answer = await store("/store/ocop/email-verification/confirm", { body: { token: wrong } });
      expect(answer.status).toBe(400);
      expect(answer.body.fields).toEqual([{ field: "token", code: "invalid", params: { reason: "invalid" } }]);
    }
    // The link's time runs out (and, so a new link may be sent at once, it was sent long ago).
    await sql("update email_verification set expires_at = now() - interval '1 minute', created_at = now() - interval '1 day' where id = $1", [id]);
    const expired = await page(`/account/verify-email`, session(), { token: link });
    expect(expired.status).toBe(400);
    expect(expired.html).toContain("Liên kết xác minh đã hết hạn");
    const english = await page(`/en/account/verify-email`, session(), { token: "not-a-link" });
    expect(english.status).toBe(400);
    expect(english.html).toContain("This verification link is not valid");
    expect(await ownerOf(earlier.id)).not.toBe((await store("/store/customers/me", { token })).body.customer.id);
    expect((await store("/store/ocop/customer/orders", { token })).body.orders).toEqual([]);
    expect((await store("/store/ocop/customer/email-verification", { token })).body.verified).toBe(false);
  });

  it("join the account once the e-mail is verified; the link then works no more", async () => {
    expect((await page("/account/send-verification", session(), {})).status).toBe(303);
    await eventually(async () => (await linkSent()).length === 2);
    const [link = ""] = await linkSent();
    const opened = await page(`/account/verify-email?token=${encodeURIComponent(link)}`, session());
    expect(opened.html).toContain("Xác nhận e-mail");
    const verified = await page("/account/verify-email", session(), { token: link });
    expect(verified.status).toBe(200);
    expect(verified.html).toContain("Số đơn hàng trước đây được thêm vào tài khoản: 1.");

    const customerId = (await store("/store/customers/me", { token })).body.customer.id;
    expect(await ownerOf(earlier.id)).toBe(customerId);
    expect(await ownerOf(stranger.id)).not.toBe(customerId);
    expect((await store("/store/ocop/customer/orders", { token })).body.orders.map((o: { id: string }) => o.id)).toEqual([earlier.id]);
    expect((await store(`/store/orders/${earlier.id}`, { token })).status).toBe(200);
    const account = await page("/account", session());
    expect(account.html).toContain(`#${earlier.number}`);
    expect(account.html).not.toContain("Xác minh e-mail để thấy các đơn hàng trước đây");

    const again = await store("/store/ocop/email-verification/confirm", { body: { token: link } });
    expect(again.status).toBe(400);
    expect(again.body.fields[0].params.reason).toBe("used");
  });

  it("a later guest order with the verified e-mail joins the account by itself", async () => {
    const customerId = (await store("/store/customers/me", { token })).body.customer.id;
    const later = await guestOrder(email);
    await eventually(async () => (await ownerOf(later.id)) === customerId);
    expect((await store("/store/ocop/customer/orders", { token })).body.orders.map((o: { id: string }) => o.id)).toEqual([later.id, earlier.id]);
  });
});
