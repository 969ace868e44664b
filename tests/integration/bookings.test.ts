import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * Bookings of tourism services, through the store API as any client sends
 * them: a contact with no address (an English phone number), and a homestay
 * of 4 places per date that a crowd of concurrent buyers cannot overbook.
 */
const platform = inject("platform");
const { store } = storeApi(platform);
const db = new pg.Pool({ connectionString: platform.databaseUrl, max: 2 });
afterAll(() => db.end());

/** The demo homestay (seeded with booking_capacity 4, paid by VietQR) and the tea day (12, paid at arrival). */
const HOMESTAY = "PN-DULICH-DEM";
const TEA_DAY = "TC-TRAINGHIEM-1";
/** A date of its own for each run, years ahead, so runs and other tests never share one. */
const dateAhead = (years: number) => {
  const day = new Date(Date.UTC(2030 + years, 0, 1) + Math.floor(Math.random() * 360) * 86_400_000);
  return day.toISOString().slice(0, 10);
};

let regionId = "";
const variants = new Map<string, { id: string; product_id: string }>();
beforeAll(async () => {
  regionId = (await store("/store/regions")).body.regions[0].id;
  const { rows } = await db.query("select id, product_id, sku from product_variant where sku = any($1) and deleted_at is null", [[HOMESTAY, TEA_DAY]]);
  for (const row of rows) variants.set(row.sku, row);
});

/** A cart booking `visitors` of `sku` on `date`, with a contact and no address, and a payment session: ready to complete. */
async function bookingCart(sku: string, date: string, visitors: number, provider = "pp_vietqr_vietqr", phone = "+44 20 7946 0958"): Promise<string> {
  const cartId: string = (await store("/store/carts", { region_id: regionId, email: "visitor@example.co.uk" })).body.cart.id;
  const added = await store(`/store/carts/${cartId}/line-items`, { variant_id: variants.get(sku)?.id, quantity: visitors, metadata: { visit_date: date } });
  expect(added.status, JSON.stringify(added.body)).toBe(200);
  expect((await store(`/store/carts/${cartId}`, { billing_address: { first_name: "Jane Doe", phone } })).status).toBe(200);
  const collection = (await store("/store/payment-collections", { cart_id: cartId })).body.payment_collection.id;
  expect((await store(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: provider })).status).toBe(200);
  return cartId;
}

const placesOf = async (sku: string, date: string) =>
  (
    await db.query("select coalesce(sum(places), 0)::int as n from booked_place where product_id = $1 and visit_date = $2 and deleted_at is null", [
      variants.get(sku)?.product_id,
      date,
    ])
  ).rows[0].n;

describe("bookings", () => {
  it("books with an international phone and no address: no delivery, the contact kept on the order", async () => {
    const date = dateAhead(0);
    const cartId = await bookingCart(HOMESTAY, date, 2);
    const done = await store(`/store/carts/${cartId}/complete`, {});
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.type).toBe("order");
    // Medusa gives a cart of a one-country region that country; no place is set.
    const place = done.body.order.shipping_address;
    expect([place?.address_1, place?.city, place?.province].filter(Boolean)).toEqual([]);
    expect(done.body.order.shipping_methods).toEqual([]);
    expect(done.body.order.items[0].metadata).toEqual({ visit_date: date });
    const { rows } = await db.query('select a.phone, a.first_name from order_address a join "order" o on o.billing_address_id = a.id where o.id = $1', [done.body.order.id]);
    expect(rows[0]).toEqual({ phone: "+44 20 7946 0958", first_name: "Jane Doe" });
    expect(await placesOf(HOMESTAY, date)).toBe(2);
    // Completing it again answers the same order and takes no more places.
    const again = await store(`/store/carts/${cartId}/complete`, {});
    expect(again.body.order?.id).toBe(done.body.order.id);
    expect(await placesOf(HOMESTAY, date)).toBe(2);
    const availability = await store(`/store/bookings/availability?product_id=${variants.get(HOMESTAY)?.product_id}`);
    expect(availability.body).toMatchObject({ capacity: 4, payment: "vietqr" });
    expect(availability.body.days).toContainEqual({ date, booked: 2, left: 2 });
  });

  it("sells a 4-place date to exactly 4 of 6 concurrent bookings; the others get a 400 and take nothing", async () => {
    const date = dateAhead(1);
    const carts = [];
    for (let i = 0; i < 6; i++) carts.push(await bookingCart(HOMESTAY, date, 1));
    const answers = await Promise.all(carts.map((id) => store(`/store/carts/${id}/complete`, {})));
    const won = carts.filter((_, i) => answers[i]?.status === 200 && answers[i]?.body.type === "order");
    const lost = carts.filter((_, i) => answers[i]?.status === 400);
    expect(won).toHaveLength(4);
    expect(lost).toHaveLength(2);
    for (const answer of answers.filter((a) => a.status === 400)) {
      expect(answer.body.fields).toEqual([{ field: "items.0.metadata.visit_date", code: "fully_booked", params: { date, left: 0 } }]);
    }
    expect(await placesOf(HOMESTAY, date)).toBe(4);
    const { rows } = await db.query(
      "select (select count(*)::int from booked_place where cart_id = any($1) and deleted_at is null) as places, (select count(*)::int from order_cart where cart_id = any($1)) as orders, (select count(*)::int from cart where id = any($1) and completed_at is not null) as completed",
      [lost],
    );
    expect(rows[0]).toEqual({ places: 0, orders: 0, completed: 0 });
    // The date is full: the product page's availability says so, and adding another visitor is refused at once.
    const availability = await store(`/store/bookings/availability?product_id=${variants.get(HOMESTAY)?.product_id}`);
    expect(availability.body.days).toContainEqual({ date, booked: 4, left: 0 });
    const cartId: string = (await store("/store/carts", { region_id: regionId })).body.cart.id;
    const refused = await store(`/store/carts/${cartId}/line-items`, { variant_id: variants.get(HOMESTAY)?.id, quantity: 1, metadata: { visit_date: date } });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: "metadata.visit_date", code: "fully_booked", params: { date, left: 0 } }]);
  });

  it("refuses a booking without a date, and cash for a service paid by transfer, changing nothing", async () => {
    const cartId: string = (await store("/store/carts", { region_id: regionId })).body.cart.id;
    const undated = await store(`/store/carts/${cartId}/line-items`, { variant_id: variants.get(HOMESTAY)?.id, quantity: 1 });
    expect(undated.status).toBe(400);
    expect(undated.body.fields).toEqual([{ field: "metadata.visit_date", code: "required" }]);
    expect((await store(`/store/carts/${cartId}`)).body.cart.items).toEqual([]);

    const date = dateAhead(2);
    const cash = await bookingCart(HOMESTAY, date, 1, "pp_cod_cod");
    const refused = await store(`/store/carts/${cash}/complete`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: "payment", code: "payment_not_offered", params: { allowed: "vietqr" } }]);
    expect(await placesOf(HOMESTAY, date)).toBe(0);
    // A service paid at arrival takes cash on the day.
    const arrival = await bookingCart(TEA_DAY, date, 3, "pp_cod_cod", "0912 345 678");
    expect((await store(`/store/carts/${arrival}/complete`, {})).body.type).toBe("order");
    expect(await placesOf(TEA_DAY, date)).toBe(3);
  });

  it("answers a bad availability query with a 400 that names the field", async () => {
    const missing = await store("/store/bookings/availability");
    expect(missing.status).toBe(400);
    expect(missing.body.fields?.[0]?.field).toBe("product_id");
    const unknown = await store("/store/bookings/availability?product_id=prod_nothing");
    expect(unknown.body).toEqual({ capacity: null, payment: "vietqr", days: [] });
  });
});
