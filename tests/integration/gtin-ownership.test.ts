import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * A GTIN belongs to one product variant of one producer (README, "GTINs"):
 * another producer's lot cannot take it, the database refuses a lot whose
 * variant does not hold its GTIN, a lot opened without one carries its
 * variant's, staff assign and move GTINs, and the resolver answers a bare GTIN
 * with its holder, never with whichever lot used it last.
 */
const platform = inject("platform");
const { backendUrl, publishableKey, databaseUrl } = platform;
const HAO_DAT_GTIN = "08939990000016";
const db = new pg.Client({ connectionString: databaseUrl });

/** Bearer headers for a demo account (harness/store-api.ts logs it in). */
async function login(actor: "user" | "producer", email: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await storeApi(platform).logIn(actor, email)}`, "content-type": "application/json" };
}

const call = async (path: string, headers: Record<string, string>, body?: unknown) => {
  const response = await fetch(`${backendUrl}${path}`, { method: body === undefined ? "GET" : "POST", headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const resolve = async (gtin: string) => call(`/store/trace/resolve?gtin=${gtin}`, { "x-publishable-api-key": publishableKey });

type Product = { id: string; variants: { id: string }[] };
let staff: Record<string, string>;
let vietCuong: Record<string, string>;
let haoDat: Record<string, string>;

beforeAll(async () => {
  await db.connect();
  staff = await login("user", "admin@ocop-demo.vn");
  vietCuong = await login("producer", "vietcuong@ocop-demo.vn");
  haoDat = await login("producer", "haodat@ocop-demo.vn");
});
afterAll(() => db.end());

/** A fresh product of the producer (a draft), so assignments here touch nothing the seed made. */
async function newProduct(producer: Record<string, string>, title: string): Promise<Product> {
  const made = await call("/producer/products", producer, { title, product_set: "tea", variant_title: "100 g", price_vnd: 100_000, stock: 5 });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.product as Product;
}

describe("GTIN ownership", () => {
  it("refuses a producer's lot with another producer's GTIN, naming who holds it; the resolver's answer stays", async () => {
    const before = await resolve(HAO_DAT_GTIN);
    expect(before.status).toBe(200);
    const { products } = (await call("/producer/products", vietCuong)).body as { products: Product[] };
    const product = products[0] as Product;
    const refused = await call("/producer/lots", vietCuong, {
      product_id: product.id,
      variant_id: product.variants[0]?.id,
      code: "SQUAT-1",
      gtin: HAO_DAT_GTIN,
      quantity: 10,
      unit: "H87",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: "gtin", code: "gtin_held", params: { holder: expect.stringContaining("Hảo Đạt") } })]);
    expect(String(refused.body.message)).toContain("Hảo Đạt");
    const lots = await db.query("select 1 from trace_lot where code = 'SQUAT-1'");
    expect(lots.rowCount).toBe(0);
    expect(await resolve(HAO_DAT_GTIN)).toEqual(before);
  });

  it("refuses a producer's lot with a GTIN no one holds: staff assign GTINs", async () => {
    const product = await newProduct(vietCuong, "Miến thử GTIN chưa gán");
    const refused = await call("/producer/lots", vietCuong, { product_id: product.id, code: "FREE-1", gtin: "08939990099904", quantity: 10, unit: "H87" });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: "gtin", code: "gtin_unassigned" })]);
    expect((await call("/admin/trace/gtins?gtin=08939990099904", staff)).body.gtins).toEqual([]);
  });

  it("gives a lot opened without a GTIN its variant's", async () => {
    const { products } = (await call("/producer/products", haoDat)).body as { products: Product[] };
    const { gtins } = (await call(`/admin/trace/gtins?gtin=${HAO_DAT_GTIN}`, staff)).body as { gtins: { product_id: string; variant_id: string }[] };
    const held = gtins[0] as { product_id: string; variant_id: string };
    expect(products.map((p) => p.id)).toContain(held.product_id);
    const made = await call("/producer/lots", haoDat, {
      product_id: held.product_id,
      variant_id: held.variant_id,
      code: `OWN-${Date.now().toString(36).toUpperCase()}`,
      quantity: 10,
      unit: "H87",
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect((made.body.lot as { gtin: string }).gtin).toBe(HAO_DAT_GTIN);
  });

  it("is a database rule: a lot whose variant does not hold its GTIN cannot be written, even around the API", async () => {
    const { rows } = await db.query<{ product_id: string; variant_id: string }>("select product_id, variant_id from trace_lot where gtin is null and deleted_at is null limit 1");
    const other = rows[0] as { product_id: string; variant_id: string };
    await expect(
      db.query(`insert into trace_lot (id, product_id, variant_id, code, short_code, gtin, quantity, unit) values ('lot_squat', $1, $2, 'SQUAT-DB', 'SQUATDB1', $3, 1, 'H87')`, [
        other.product_id,
        other.variant_id,
        HAO_DAT_GTIN,
      ]),
    ).rejects.toThrow(/not held by variant/);
    await expect(db.query("update trace_lot set gtin = $1 where variant_id = $2", [HAO_DAT_GTIN, other.variant_id])).rejects.toThrow(/not held by variant/);
    await expect(
      db.query("insert into trace_gtin (id, gtin, product_id, variant_id) values ('gtin_twice', $1, $2, $3)", [HAO_DAT_GTIN, other.product_id, other.variant_id]),
    ).rejects.toThrow(/unique/);
  });

  it("staff assign a GTIN, refuse a second claim naming the holder, and move it on purpose; the resolver follows", async () => {
    const first = await newProduct(vietCuong, "Miến thử GTIN một");
    const second = await newProduct(haoDat, "Chè thử GTIN hai");
    const gtin = "08939990099911";
    const assigned = await call("/admin/trace/gtins", staff, { gtin, variant_id: first.variants[0]?.id });
    expect(assigned.status).toBe(201);
    expect((await resolve(gtin)).body.product_id).toBe(first.id);

    const claimed = await call("/admin/trace/gtins", staff, { gtin, variant_id: second.variants[0]?.id });
    expect(claimed.status).toBe(400);
    expect(claimed.body.fields).toEqual([expect.objectContaining({ code: "gtin_held", params: { holder: expect.stringContaining("Miến thử GTIN một") } })]);
    expect((await resolve(gtin)).body.product_id).toBe(first.id);

    const moved = await call("/admin/trace/gtins", staff, { gtin, variant_id: second.variants[0]?.id, move: true });
    expect(moved.status).toBe(200);
    expect(moved.body.moved_from).toBe(first.variants[0]?.id);
    expect((await resolve(gtin)).body.product_id).toBe(second.id);
    // The first variant holds nothing now; a lot of it cannot carry the GTIN any more.
    const stale = await call("/admin/trace/lots", staff, { product_id: first.id, code: "AFTER-MOVE", gtin, quantity: 1, unit: "H87" });
    expect(stale.status).toBe(400);
    expect(stale.body.fields).toEqual([expect.objectContaining({ code: "gtin_held" })]);
  });
});
