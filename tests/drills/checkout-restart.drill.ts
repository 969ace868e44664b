import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPlatformConfig, repoRoot } from "../../scripts/platform/config.ts";
import { type RunningPlatform, startPlatform } from "../../scripts/platform/platform.ts";
import { type RunningPostgres, startEmbeddedPostgres } from "../../scripts/platform/postgres.ts";
import { logger } from "../../scripts/platform/processes.ts";
import { loadOrCreateSecrets } from "../../scripts/platform/secrets.ts";

/**
 * Fault drill (c), `npm run drills`: the database restarts while carts are
 * being completed. A platform of its own (.data/drills) runs on a Postgres
 * the drill starts itself, so it can stop it (a fast shutdown: sessions cut,
 * open transactions rolled back) and start it again in the middle of the
 * checkouts. Afterwards every cart has exactly one order or none, and can be
 * completed again into exactly one — the one its buyer was shown, if any —
 * with exactly one unit reserved for it.
 */
const dataDir = path.join(repoRoot, ".data/drills");
const PORTS = { postgres: process.env.DRILL_POSTGRES_PORT ?? "54399", backend: process.env.DRILL_BACKEND_PORT ?? "9190", storefront: process.env.DRILL_STOREFRONT_PORT ?? "4499" };
const SKU = "VC-MIEN-500";
const CARTS_PER_ROUND = 6;
/** When, after the carts start completing, the database goes down: before, during and after most complete. */
const RESTART_AFTER_MS = [0, 150, 400, 900];
const log = logger("drill", 36);

let db: RunningPostgres;
let password = "";
let platform: RunningPlatform;
let publishableKey = "";

async function startDatabase() {
  db = await startEmbeddedPostgres({ dataDir, port: Number(PORTS.postgres), password, log });
}

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function store(pathname: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${platform.backendUrl}${pathname}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** A cart with one unit, an address, standard shipping and cash on delivery, ready to complete; its email names it. */
async function readyCart(email: string): Promise<string> {
  const regionId = (await store("/store/regions")).body.regions[0].id;
  const cartId: string = (await store("/store/carts", { region_id: regionId, email })).body.cart.id;
  const [variant] = await sql<{ id: string }>("select id from product_variant where sku = $1", [SKU]);
  const address = {
    first_name: "Trần Văn Drill",
    last_name: "",
    phone: "0912345678",
    address_1: "1 Hoàng Văn Thụ",
    city: "Phường Phan Đình Phùng",
    province: "Thái Nguyên",
    country_code: "vn",
  };
  expect((await store(`/store/carts/${cartId}/line-items`, { variant_id: variant?.id, quantity: 1 })).status).toBe(200);
  await store(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address });
  const options = (await store(`/store/shipping-options?cart_id=${cartId}`)).body.shipping_options as { id: string; name: string }[];
  const standard = options.find((o) => o.name.startsWith("Chuyển phát tiêu chuẩn"));
  await store(`/store/carts/${cartId}/shipping-methods`, { option_id: standard?.id });
  const collection = (await store("/store/payment-collections", { cart_id: cartId })).body.payment_collection.id;
  expect((await store(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_cod_cod" })).status).toBe(200);
  return cartId;
}

/** Orders placed for a cart, counted by the email only it uses: a lost link to its cart would not hide one. */
async function ordersOf(email: string) {
  return sql<{ id: string }>(`select id from "order" where email = $1 and deleted_at is null`, [email]);
}

async function backendAnswers(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await store("/store/regions").then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The backend did not answer again within 2 minutes of the database restart.");
}

beforeAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  password = (await loadOrCreateSecrets(dataDir)).postgresPassword;
  await startDatabase();
  const config = loadPlatformConfig({
    ...process.env,
    OCOP_DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    BACKEND_PORT: PORTS.backend,
    STOREFRONT_PORT: PORTS.storefront,
    HOST: "127.0.0.1",
    PUBLIC_SITE_URL: "",
    MEDUSA_BACKEND_URL: "",
    SEED_DEMO: "true",
  });
  platform = await startPlatform(config, { dev: false });
  publishableKey = platform.publishableKey;
  // Enough stock that no checkout fails for want of it.
  await sql(`update inventory_level set stocked_quantity = 100000 where inventory_item_id in (select id from inventory_item where sku = $1)`, [SKU]);
}, 600_000);

afterAll(async () => {
  await platform?.stop();
  await db?.stop();
});

describe("a database restart in the middle of checkouts", () => {
  for (const [round, delay] of RESTART_AFTER_MS.entries()) {
    it(`loses and duplicates no order (restart ${delay} ms after ${CARTS_PER_ROUND} carts start completing)`, async () => {
      const emails = Array.from({ length: CARTS_PER_ROUND }, (_, i) => `drill-${round}-${i}@example.vn`);
      const carts = await Promise.all(emails.map(readyCart));
      const [before] = await sql<{ reserved: number }>(
        `select sum(reserved_quantity)::int reserved from inventory_level where inventory_item_id in (select id from inventory_item where sku = $1)`,
        [SKU],
      );

      const completing = carts.map((id) => store(`/store/carts/${id}/complete`, {}).catch((error: Error) => ({ status: 0, body: { message: error.message } })));
      await new Promise((r) => setTimeout(r, delay));
      await db.stop();
      await new Promise((r) => setTimeout(r, 1_000));
      await startDatabase();
      const answers = await Promise.all(completing);
      await backendAnswers();

      const placed = answers.filter((a) => a.status === 200 && a.body?.type === "order").length;
      const found = await Promise.all(emails.map(ordersOf));
      log(
        `round ${round} (${delay} ms): ${placed} of ${carts.length} answered with an order; orders found ${found.map((o) => o.length).join(" ")}; answers ${answers.map((a) => a.status).join(" ")}`,
      );
      for (const [i, orders] of found.entries()) expect(orders.length, `${emails[i]} right after the restart`).toBeLessThanOrEqual(1);

      // Every cart can be completed (again) into exactly one order: the one its buyer was shown, if any.
      // (An order its buyer never saw, left half-made by the failed attempt, may be replaced.)
      for (const [i, cartId] of carts.entries()) {
        const again = await store(`/store/carts/${cartId}/complete`, {});
        expect(again.status, `${emails[i]}: ${JSON.stringify(again.body).slice(0, 300)}`).toBe(200);
        expect(again.body.type).toBe("order");
        const orders = await ordersOf(emails[i] as string);
        expect(
          orders.map((o) => o.id),
          emails[i],
        ).toEqual([again.body.order.id]);
        const shown = answers[i]?.status === 200 ? answers[i]?.body?.order?.id : undefined;
        if (shown) expect(again.body.order.id, `${emails[i]}: the order its buyer was shown`).toBe(shown);
      }
      // Each order holds exactly one unit reserved: none leaked by a checkout that failed, none reserved twice.
      const [after] = await sql<{ reserved: number }>(
        `select sum(reserved_quantity)::int reserved from inventory_level where inventory_item_id in (select id from inventory_item where sku = $1)`,
        [SKU],
      );
      expect((after?.reserved ?? 0) - (before?.reserved ?? 0)).toBe(carts.length);
    });
  }
});
