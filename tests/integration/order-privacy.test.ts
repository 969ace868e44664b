import { ORDER_PROOF_HEADER, orderProof } from "@ocop/core/order-proof";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sqlOn } from "../../backend/integration-tests/http/db.ts";

/** Order privacy (README, "Security"): an order is shown only to the device that placed it or to the customer it belongs to. */
const { storefrontUrl, backendUrl, databaseUrl, publishableKey, orderSecret } = inject("platform");
const sql = sqlOn(databaseUrl);

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
  return { status: response.status, text, body: text ? JSON.parse(text) : null };
}

/** Places an order through the Store API, as a guest or (with a token) as a logged-in customer. */
async function placeOrder(email: string, token?: string): Promise<string> {
  const [variant] = await sql<{ id: string }>("select id from product_variant where sku = $1", ["VC-MIEN-500"]);
  const { body: regions } = await store("/store/regions");
  const { body: created } = await store("/store/carts", { body: { region_id: regions.regions[0].id }, ...(token ? { token } : {}) });
  const cartId = created.cart.id;
  await store(`/store/carts/${cartId}/line-items`, { body: { variant_id: variant?.id, quantity: 1 } });
  const address = { first_name: "Phạm Thu Riêng", phone: "0911222333", address_1: "9 Ngõ Kín", city: "Phường Phan Đình Phùng", province: "Thái Nguyên", country_code: "vn" };
  await store(`/store/carts/${cartId}`, { body: { email, shipping_address: address } });
  const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`);
  await store(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: options.shipping_options[0].id } });
  const { body: collection } = await store("/store/payment-collections", { body: { cart_id: cartId } });
  await store(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_cod_cod" } });
  const placed = await store(`/store/carts/${cartId}/complete`, { body: {} });
  expect(placed.body.type).toBe("order");
  return placed.body.order.id;
}

async function newCustomer(): Promise<{ email: string; token: string }> {
  const login = { email: `privacy-${Date.now()}-${Math.random().toString(36).slice(2)}@example.vn`, password: "mat-khau-dai-2026" };
  const registration = await store("/auth/customer/emailpass/register", { body: login });
  await store("/store/customers", { body: { email: login.email, first_name: "Thu" }, token: registration.body.token });
  return { email: login.email, token: (await store("/auth/customer/emailpass", { body: login })).body.token };
}

const proofHeader = (orderId: string, secret = orderSecret) => ({ [ORDER_PROOF_HEADER]: orderProof(secret, orderId) });
const ROUTES = (id: string) => [`/store/orders/${id}`, `/store/ocop/orders/${id}/payment`];
const UNKNOWN = "order_01KZZZZZZZZZZZZZZZZZZZZZZZ";

let guestOrder = "";
let otherGuestOrder = "";
let customerOrder = "";
let customerToken = "";
let customerEmail = "";

beforeAll(async () => {
  guestOrder = await placeOrder("rieng-tu@example.vn");
  otherGuestOrder = await placeOrder("khac@example.vn");
  ({ token: customerToken, email: customerEmail } = await newCustomer());
  customerOrder = await placeOrder(customerEmail, customerToken);
});

describe("the store's order routes", () => {
  it("answer a guessed or known order id without proof as not found, naming nothing of the buyer", async () => {
    for (const id of [guestOrder, customerOrder, UNKNOWN]) {
      for (const path of ROUTES(id)) {
        const answer = await store(path);
        expect(answer.status, path).toBe(404);
        expect(answer.text).not.toMatch(/@example\.vn|0911222333|Ngõ Kín/);
      }
    }
  });

  it("refuse a wrong proof, another order's proof and a proof made with another secret", async () => {
    for (const headers of [{ [ORDER_PROOF_HEADER]: "not-a-proof" }, proofHeader(otherGuestOrder), proofHeader(guestOrder, `${orderSecret}-other`), { [ORDER_PROOF_HEADER]: "" }]) {
      for (const path of ROUTES(guestOrder)) expect((await store(path, { headers })).status, path).toBe(404);
    }
  });

  it("answer the device that placed the order (its proof)", async () => {
    const { status, body } = await store(`/store/orders/${guestOrder}`, { headers: proofHeader(guestOrder) });
    expect(status).toBe(200);
    expect(body.order.email).toBe("rieng-tu@example.vn");
    const payment = await store(`/store/ocop/orders/${guestOrder}/payment`, { headers: proofHeader(guestOrder) });
    expect(payment.status).toBe(200);
    expect(payment.body.payment.provider_id).toBe("pp_cod_cod");
    // A proof for an id that does not exist finds nothing either.
    expect((await store(`/store/orders/${UNKNOWN}`, { headers: proofHeader(UNKNOWN) })).status).toBe(404);
  });

  it("answer the logged-in customer the order belongs to, and no other customer", async () => {
    const own = await store(`/store/orders/${customerOrder}`, { token: customerToken });
    expect(own.status).toBe(200);
    expect(own.body.order.email).toBe(customerEmail);
    expect((await store(`/store/ocop/orders/${customerOrder}/payment`, { token: customerToken })).status).toBe(200);
    const stranger = (await newCustomer()).token;
    for (const path of [...ROUTES(customerOrder), ...ROUTES(guestOrder)]) expect((await store(path, { token: stranger })).status, path).toBe(404);
    expect((await store(`/store/orders/${guestOrder}`, { token: customerToken })).status).toBe(404);
  });
});

describe("the storefront's confirmation page", () => {
  const page = async (id: string, cookie?: string) => {
    const response = await fetch(`${storefrontUrl}/orders/${id}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    return { status: response.status, html: await response.text() };
  };

  it("shows nothing for a guessed id, an unsigned cookie, a forged or borrowed signature", async () => {
    const other = `${otherGuestOrder}.${orderProof(orderSecret, otherGuestOrder)}`;
    for (const cookie of [
      undefined,
      `ocop_orders=${guestOrder}`,
      `ocop_orders=${guestOrder}.${orderProof("a-secret-the-attacker-chose", guestOrder)}`,
      `ocop_orders=${guestOrder}.${orderProof(orderSecret, otherGuestOrder)}`,
      `ocop_orders=${other}`,
    ]) {
      const { status, html } = await page(guestOrder, cookie);
      expect(status, cookie).toBe(404);
      expect(html).not.toContain("rieng-tu@example.vn");
    }
    expect((await page(UNKNOWN, `ocop_orders=${UNKNOWN}`)).status).toBe(404);
  });

  it("shows the order to the device whose cookie carries its signature, and to its customer", async () => {
    const device = await page(guestOrder, `ocop_orders=${otherGuestOrder}.${orderProof(orderSecret, otherGuestOrder)},${guestOrder}.${orderProof(orderSecret, guestOrder)}`);
    expect(device.status).toBe(200);
    expect(device.html).toContain("rieng-tu@example.vn");
    const customer = await page(customerOrder, `ocop_session=${customerToken}`);
    expect(customer.status).toBe(200);
    expect(customer.html).toContain(customerEmail);
    expect((await page(guestOrder, `ocop_session=${customerToken}`)).status).toBe(404);
  });
});
