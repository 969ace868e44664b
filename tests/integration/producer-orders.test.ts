import { beforeAll, describe, expect, inject, it } from "vitest";
import { sqlOn } from "../../backend/integration-tests/http/db.ts";
import { eventually } from "../../backend/integration-tests/http/store-order.ts";
import { storeApi } from "../harness/store-api.ts";

/**
 * A producer's orders (README, "Producer portal"): the money facts of each
 * order, shipping with a carrier and tracking number that stay visible (and
 * are kept where the buyer's order page reads them), and one outcome per
 * submit — a refused form never shows "Đã lưu." beside its error.
 */
const platform = inject("platform");
const { storefrontUrl, backendUrl, databaseUrl } = platform;
const sql = sqlOn(databaseUrl);
const { store, logIn, readyCart } = storeApi(platform);

type Order = Record<string, any>;
let token = "";
let cookie = "";

const variantOf = async (sku: string) => (await sql<{ id: string }>("select id from product_variant where sku = $1", [sku]))[0]?.id ?? "";

/** Places an order of the given SKUs (one each), standard shipping, paid the given way; returns the store's order. */
async function placeOrder(skus: string[], provider: "pp_cod_cod" | "pp_vietqr_vietqr"): Promise<Order> {
  const [first, ...rest] = await Promise.all(skus.map(variantOf));
  const cartId = await readyCart(first ?? "", "thu-don@example.vn");
  for (const variant of rest) expect((await store(`/store/carts/${cartId}/line-items`, { variant_id: variant, quantity: 1 })).status).toBe(200);
  if (provider !== "pp_cod_cod" || rest.length) {
    const collection = (await store("/store/payment-collections", { cart_id: cartId })).body.payment_collection.id;
    expect((await store(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: provider })).status).toBe(200);
  }
  const placed = await store(`/store/carts/${cartId}/complete`, {});
  expect(placed.body.type, JSON.stringify(placed.body).slice(0, 300)).toBe("order");
  return placed.body.order;
}

async function producer(path: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function portalOrder(id: string): Promise<Order> {
  await eventually(async () => (await producer("/producer/orders")).body.orders.some((o: Order) => o.id === id));
  return (await producer("/producer/orders")).body.orders.find((o: Order) => o.id === id);
}

/** A form posted to the storefront as the logged-in producer. */
const postForm = (path: string, fields: Record<string, string>) =>
  fetch(`${storefrontUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: storefrontUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
const page = async (path: string) => (await fetch(`${storefrontUrl}${path}`, { headers: { cookie } })).text();
/** The HTML of one order's card on the portal's order list. */
const card = (html: string, number: number) => html.split(/<li aria-label="#/).find((part) => part.startsWith(`${number}"`)) ?? "";

beforeAll(async () => {
  token = await logIn("producer", "vietcuong@ocop-demo.vn");
  const login = await fetch(`${storefrontUrl}/producer/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: storefrontUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "vietcuong@ocop-demo.vn", password: "ocop-demo-2026" }),
  });
  expect(login.status).toBe(303);
  cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
});

describe("the money facts of a producer's orders", () => {
  it("cash on delivery: the whole order is to collect; the page says so per line and per order", async () => {
    const placed = await placeOrder(["VC-MIEN-500"], "pp_cod_cod");
    const order = await portalOrder(placed.id);
    expect(order.payment).toEqual({ mode: "cod", state: "to_collect", reference: null });
    expect(order.lines[0].total).toBe(placed.items[0].total);
    expect(order.producer_total).toBe(placed.total);
    expect(order.to_collect).toBe(placed.total);

    const html = card(await page("/producer/orders"), placed.display_id);
    expect(html).toContain("Thanh toán khi nhận hàng (COD) · thu tiền khi giao");
    expect(html).toContain(new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(placed.total));
    expect(html).not.toContain("Xác nhận đã nhận chuyển khoản");
  });

  it("VietQR: the transfer's reference, nothing to collect, and the confirm button only while the transfer is awaited", async () => {
    const placed = await placeOrder(["VC-MIEN-500"], "pp_vietqr_vietqr");
    const order = await portalOrder(placed.id);
    const [payment] = await sql<{ data: { reference: string } }>(
      "select p.data from payment p join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1",
      [placed.id],
    );
    expect(payment?.data.reference).toMatch(/\S/);
    expect(order.payment).toEqual({ mode: "vietqr", state: "awaiting_transfer", reference: payment?.data.reference });
    expect(order.to_collect).toBe(0);
    expect(order.producer_total).toBe(placed.total);

    const before = card(await page("/en/producer/orders"), placed.display_id);
    expect(before).toContain("VietQR bank transfer · awaiting transfer");
    expect(before).toContain(payment?.data.reference);
    expect(before).toContain("Nothing to collect on delivery: paid by VietQR transfer.");
    expect(before).toContain("Confirm the transfer arrived");

    expect((await postForm("/producer/orders", { order_id: placed.id, intent: "confirm-payment" })).status).toBe(303);
    const after = card(await page("/producer/orders"), placed.display_id);
    expect(after).toContain("Chuyển khoản VietQR · đã thanh toán");
    expect(after).not.toContain("Xác nhận đã nhận chuyển khoản");
  });

  it("an order shared with another producer: its lines plus its part of the shipping, and no confirming the payment", async () => {
    const placed = await placeOrder(["VC-MIEN-500", "HD-TOMNON-100"], "pp_vietqr_vietqr");
    const order = await portalOrder(placed.id);
    const mine = placed.items.find((i: Order) => i.id === order.lines[0].id);
    expect(order.only_producer).toBe(false);
    expect(order.lines.map((l: Order) => l.id)).toEqual([mine.id]);
    expect(order.producer_total).toBe(mine.total + Math.round((placed.shipping_total * mine.total) / placed.item_total));
    expect(order.producer_total).toBeLessThan(placed.total);
    expect(card(await page("/producer/orders"), placed.display_id)).not.toContain("Xác nhận đã nhận chuyển khoản");
  });
});

describe("shipping an order", () => {
  let placed: Order;
  beforeAll(async () => {
    placed = await placeOrder(["VC-MIEN-500"], "pp_cod_cod");
    await portalOrder(placed.id);
  });

  it.each([
    ["/producer/orders", { carrier: "ghn", tracking_number: "" }, "Hãy nhập mã vận đơn"],
    ["/producer/orders", { carrier: "bay-len-troi", tracking_number: "GHN1" }, "Hãy chọn đơn vị vận chuyển trong danh sách"],
    ["/producer/orders", { carrier: "other", carrier_name: " ", tracking_number: "X1" }, "hãy ghi tên đơn vị vận chuyển"],
    ["/en/producer/orders", { carrier: "ghn", tracking_number: "<b>1</b>" }, "Enter the tracking number"],
    ["/en/producer/orders", { carrier: "", tracking_number: "GHN1" }, "Choose a carrier from the list"],
  ])("POST %s %j: a 400 page that says what to fix, and nothing shipped", async (path, fields, message) => {
    const response = await postForm(path, { order_id: placed.id, mode: "shipped", ...fields });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain(message);
    expect(html).not.toMatch(/Đã lưu\.|Saved\./);
    expect((await portalOrder(placed.id)).lines[0]).toMatchObject({ fulfilled: 0, shipment: null });
  });

  it("the API refuses an unknown carrier or a missing tracking number with a 400 naming the field", async () => {
    const unknown = await producer(`/producer/orders/${placed.id}/ship`, { mode: "shipped", carrier: "bay-len-troi", tracking_number: "A1" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.map((f: Order) => f.field)).toContain("carrier");
    const missing = await producer(`/producer/orders/${placed.id}/ship`, { mode: "shipped", carrier: "ghn" });
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toContainEqual({ field: "tracking_number", code: "required" });
    const other = await producer(`/producer/orders/${placed.id}/ship`, { mode: "shipped", carrier: "other", tracking_number: "A1" });
    expect(other.status).toBe(400);
    expect(other.body.fields).toContainEqual({ field: "carrier_name", code: "required" });
  });

  it("keeps the carrier and tracking number on the lines after a reload, and where the buyer's page reads them", async () => {
    const shipped = await postForm("/producer/orders", { order_id: placed.id, mode: "shipped", carrier: "ghn", carrier_name: "", tracking_number: " GHN 778 899 " });
    expect(shipped.status).toBe(303);
    const order = await portalOrder(placed.id);
    expect(order.lines[0].shipment).toEqual({
      mode: "shipped",
      carrier: "GHN (Giao Hàng Nhanh)",
      tracking_number: "GHN778899",
      tracking_url: "https://donhang.ghn.vn/?order_code=GHN778899",
    });
    // The contract with the buyer's order page: the fulfillment's metadata and its label.
    const [kept] = await sql<{ metadata: Order; tracking_number: string; tracking_url: string }>(
      `select f.metadata, l.tracking_number, l.tracking_url from fulfillment f
         join order_fulfillment ofl on ofl.fulfillment_id = f.id
         join fulfillment_label l on l.fulfillment_id = f.id
       where ofl.order_id = $1`,
      [placed.id],
    );
    expect(kept?.metadata).toMatchObject({ mode: "shipped", carrier: "GHN (Giao Hàng Nhanh)", producer_id: expect.stringMatching(/\S/) });
    expect(kept).toMatchObject({ tracking_number: "GHN778899", tracking_url: "https://donhang.ghn.vn/?order_code=GHN778899" });

    for (const [path, shippedWord] of [
      ["/producer/orders", "Đã gửi"],
      ["/en/producer/orders", "Shipped"],
    ]) {
      const html = card(await page(path ?? ""), placed.display_id);
      expect(html).toContain(`${shippedWord} · GHN (Giao Hàng Nhanh) · `);
      expect(html).toContain(">GHN778899</a>");
      expect(html).not.toContain("Đã xử lý");
    }
  });

  it("marks an order ready for pick-up, with no carrier", async () => {
    const pickup = await placeOrder(["VC-MIEN-500"], "pp_cod_cod");
    await portalOrder(pickup.id);
    const ready = await producer(`/producer/orders/${pickup.id}/ship`, { mode: "ready_for_pickup" });
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    expect(ready.body.order.lines[0].shipment).toEqual({ mode: "ready_for_pickup", carrier: null, tracking_number: null, tracking_url: null });
    expect(card(await page("/producer/orders"), pickup.display_id)).toContain("Sẵn sàng nhận tại cửa hàng");
  });
});

describe("one outcome per submit", () => {
  it("a refused price shows only its error, even posted to the address a save left (?saved=1)", async () => {
    const { products } = (await producer("/producer/products")).body;
    const product = products.find((p: Order) => p.variants.some((v: Order) => v.sku === "VC-MIEN-500"));
    const variant = product.variants.find((v: Order) => v.sku === "VC-MIEN-500");
    for (const [path, error, saved] of [
      [`/producer/products/${product.id}?saved=1`, "Giá (đồng): cần ít nhất 1000.", "Đã lưu."],
      [`/en/producer/products/${product.id}?saved=1`, "Price (đồng): needs at least 1000.", "Saved."],
    ]) {
      const response = await postForm(path ?? "", { title: product.title, [`price_${variant.id}`]: "-5000" });
      const html = await response.text();
      expect(response.status).toBe(400);
      expect(html).toContain(error);
      expect(html).not.toContain(saved);
    }
    const after = (await producer(`/producer/products/${product.id}`)).body.product;
    expect(after.variants.find((v: Order) => v.id === variant.id).price_vnd).toBe(variant.price_vnd);
  });
});
