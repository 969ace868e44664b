import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * Fault drill: many buyers complete their carts at once for the last few units
 * of one product. Exactly as many orders as units are made, and every buyer who
 * loses the race is told at once that the product sold out — a 409 with code
 * "insufficient_inventory" — never a 5xx. Runs on the shared platform (in `npm
 * test`); the product's stock is put back afterwards.
 */
const platform = inject("platform");
const { backendUrl, databaseUrl, storefrontUrl } = platform;
const { store, logIn, readyCart } = storeApi(platform);
const SKU = "HD-KEOLAC-400";
const UNITS = Number(process.env.STOCK_RACE_UNITS ?? 3);
const BUYERS = Number(process.env.STOCK_RACE_BUYERS ?? 20);

const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
let stockedBefore = 0;
let adminToken = "";

type Level = { item: string; location: string; stocked: number; reserved: number };

async function level(): Promise<Level> {
  const { rows } = await db.query(
    `select l.inventory_item_id item, l.location_id location, l.stocked_quantity::int stocked, l.reserved_quantity::int reserved
       from inventory_level l join inventory_item i on i.id = l.inventory_item_id where i.sku = $1 and i.deleted_at is null and l.deleted_at is null`,
    [SKU],
  );
  return rows[0];
}

/** Sets the product's stock as staff do (the Admin API), so Medusa's own figures change with it. */
async function setStock(stocked: number) {
  const { item, location } = await level();
  const response = await fetch(`${backendUrl}/admin/inventory-items/${item}/location-levels/${location}`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ stocked_quantity: stocked }),
  });
  expect(response.status, await response.text()).toBe(200);
}

beforeAll(async () => {
  adminToken = await logIn("user", "admin@ocop-demo.vn");
  stockedBefore = (await level()).stocked;
});

afterAll(async () => {
  if (adminToken) await setStock(stockedBefore);
  await db.end();
});

describe(`${BUYERS} buyers completing their carts at once for the last ${UNITS} units`, () => {
  it("makes exactly one order per unit and tells every other buyer it sold out (409), never a 5xx", { timeout: 300_000 }, async () => {
    const { rows } = await db.query("select id from product_variant where sku = $1 and deleted_at is null", [SKU]);
    const variantId: string = rows[0].id;
    const run = Date.now();
    const emails = Array.from({ length: BUYERS }, (_, i) => `race-${run}-${i}@example.vn`);
    // Carts are filled while there is stock, then the stock drops to the last units.
    const carts: string[] = [];
    for (let i = 0; i < emails.length; i += 10) carts.push(...(await Promise.all(emails.slice(i, i + 10).map((email) => readyCart(variantId, email)))));
    const { reserved } = await level();
    await setStock(reserved + UNITS);

    const answers = await Promise.all(carts.map((id) => store(`/store/carts/${id}/complete`, {}).catch((error: Error) => ({ status: 0, body: { message: error.message } }))));

    const tally = answers.reduce<Record<string, number>>((all, a) => {
      const key = `${a.status} ${a.body?.type === "order" ? "order" : (a.body?.code ?? a.body?.type ?? "")}`;
      all[key] = (all[key] ?? 0) + 1;
      return all;
    }, {});
    console.log(`stock race, ${BUYERS} buyers for ${UNITS} units: ${JSON.stringify(tally)}`);
    const { rows: orders } = await db.query(`select count(*)::int n from "order" where email = any($1) and deleted_at is null`, [emails]);
    expect(orders[0].n, "orders made").toBe(UNITS);
    expect(answers.filter((a) => a.status === 200 && a.body?.type === "order").length, "buyers told their order was placed").toBe(UNITS);
    const losers = answers.filter((a) => !(a.status === 200 && a.body?.type === "order"));
    expect(
      losers.filter((a) => a.status !== 409 || a.body?.code !== "insufficient_inventory").map((a) => `${a.status} ${JSON.stringify(a.body).slice(0, 200)}`),
      "losers not told it sold out",
    ).toEqual([]);
    expect((await level()).reserved - reserved, "units reserved").toBe(UNITS);
  });

  it("shows a buyer who lost the race that it sold out, in the buyer's language", async () => {
    const { rows } = await db.query("select id from product_variant where sku = $1 and deleted_at is null", [SKU]);
    await setStock((await level()).reserved + 1);
    const cartId = await readyCart(rows[0].id, `late-${Date.now()}@example.vn`);
    await setStock((await level()).reserved);
    for (const [path, text] of [
      ["/checkout", "vừa hết hàng"],
      ["/en/checkout", "just sold out"],
    ] as const) {
      const response = await fetch(`${storefrontUrl}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { origin: storefrontUrl, cookie: `ocop_cart=${cartId}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ step: "place" }),
      });
      expect(response.status, path).toBe(409);
      expect(await response.text(), path).toContain(text);
    }
    const { rows: orders } = await db.query(`select count(*)::int n from order_cart where cart_id = $1`, [cartId]);
    expect(orders[0].n).toBe(0);
  });
});
