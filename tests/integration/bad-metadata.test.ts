import { vietnamDay } from "@ocop/core";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * A line's `metadata.visit_date` that is not a day: the backend refuses it on
 * every store route that writes line metadata, and pages that meet one written
 * before (or by hand) show the rest whole, never a cut-off 200.
 */
const platform = inject("platform");
const { storefrontUrl, databaseUrl } = platform;
const { store, readyCart } = storeApi(platform);
const db = new pg.Pool({ connectionString: databaseUrl, max: 1 });
const SKU = "BT-NUOCQUYT-330";

afterAll(() => db.end());

async function variantId(): Promise<string> {
  const { rows } = await db.query("select id from product_variant where sku = $1 and deleted_at is null", [SKU]);
  return rows[0].id;
}

const tomorrow = vietnamDay(new Date(Date.now() + 86_400_000));

describe("the store API", () => {
  it("refuses a visit date that is not a day, or is past, when a line is added, changed or made with its cart", async () => {
    const variant = await variantId();
    const regionId: string = (await store("/store/regions")).body.regions[0].id;
    const cartId: string = (await store("/store/carts", { region_id: regionId })).body.cart.id;
    const lines = `/store/carts/${cartId}/line-items`;
    for (const [date, code] of [
      ["not a date", "invalid_format"],
      ["2026-02-30", "invalid_format"],
      [20261224, "invalid_format"],
      ["2000-01-01", "too_early"],
    ] as const) {
      const added = await store(lines, { variant_id: variant, quantity: 1, metadata: { visit_date: date } });
      expect(added.status, String(date)).toBe(400);
      expect(added.body.fields, String(date)).toEqual([expect.objectContaining({ field: "metadata.visit_date", code })]);
      const made = await store("/store/carts", { region_id: regionId, items: [{ variant_id: variant, quantity: 1, metadata: { visit_date: date } }] });
      expect(made.status, String(date)).toBe(400);
      expect(made.body.fields[0].field).toBe("items.0.metadata.visit_date");
    }
    expect((await store(lines, { variant_id: variant, quantity: 1, metadata: { visit_date: tomorrow } })).status).toBe(200);
    const cart = (await store(`/store/carts/${cartId}`)).body.cart;
    expect(cart.items).toHaveLength(1);
    const changed = await store(`${lines}/${cart.items[0].id}`, { quantity: 2, metadata: { visit_date: "soon" } });
    expect(changed.status).toBe(400);
    expect((await store(`/store/carts/${cartId}`)).body.cart.items[0].metadata.visit_date).toBe(tomorrow);
  });
});

describe("pages that meet a visit date they cannot read", () => {
  it("/cart shows the cart whole, without the date", async () => {
    const cartId = await readyCart(await variantId(), `meta-${Date.now()}@example.vn`);
    await db.query(`update cart_line_item set metadata = '{"visit_date": "not a date"}' where cart_id = $1`, [cartId]);
    for (const path of ["/cart", "/en/cart", "/checkout"]) {
      const response = await fetch(`${storefrontUrl}${path}`, { headers: { cookie: `ocop_cart=${cartId}` } });
      const page = await response.text();
      expect(response.status, path).toBe(200);
      expect(page, path).toContain("</main>");
      expect(page, path).toContain("</footer>");
      expect(page, path).toMatch(/<\/body><\/html>\s*$/);
      expect(page, path).not.toContain("Internal server error");
    }
  });

  it("/orders/{id} shows the order whole, without the date", async () => {
    const cartId = await readyCart(await variantId(), `meta-order-${Date.now()}@example.vn`);
    // Placed through the storefront, so the device holds the cookie that opens its confirmation.
    const placed = await fetch(`${storefrontUrl}/checkout`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: storefrontUrl, cookie: `ocop_cart=${cartId}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ step: "place" }),
    });
    expect(placed.status).toBe(303);
    const orderId = (placed.headers.get("location") ?? "").split("/orders/")[1] ?? "";
    const cookie = placed.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await db.query(`update order_line_item set metadata = '{"visit_date": "not a date"}' where id in (select item_id from order_item where order_id = $1)`, [orderId]);
    for (const path of [`/orders/${orderId}`, `/en/orders/${orderId}`]) {
      const response = await fetch(`${storefrontUrl}${path}`, { headers: { cookie } });
      const page = await response.text();
      expect(response.status, path).toBe(200);
      expect(page, path).toContain("</main>");
      expect(page, path).toContain("</footer>");
      expect(page, path).toMatch(/<\/body><\/html>\s*$/);
      expect(page, path).not.toContain("Internal server error");
    }
  });
});
