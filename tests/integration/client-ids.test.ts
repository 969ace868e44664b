import { randomUUID } from "node:crypto";
import { eventIdOf, lotIdOf } from "@ocop/core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * A phone that recorded offline sends each record with an id it made, and
 * sends it again whenever it did not see the answer (README, "Offline field
 * capture"). The backend makes one record per id and answers every copy, one
 * after another or all at once, with the first.
 */
const platform = inject("platform");
const db = new pg.Client({ connectionString: platform.databaseUrl });
type Product = { id: string; variants: { id: string }[] };
let headers: Record<string, string>;
let product: Product;

beforeAll(async () => {
  await db.connect();
  headers = { authorization: `Bearer ${await storeApi(platform).logIn("producer", "haodat@ocop-demo.vn")}`, "content-type": "application/json" };
  const { products } = (await (await fetch(`${platform.backendUrl}/producer/products`, { headers })).json()) as { products: Product[] };
  product = products[0] as Product;
});
afterAll(() => db.end());

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${platform.backendUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const lotBody = (clientId: string, code: string) => ({
  product_id: product.id,
  variant_id: product.variants[0]?.id,
  code,
  quantity: 12,
  unit: "KGM",
  serial_count: 2,
  client_id: clientId,
});
const eventBody = (clientId: string, note: string) => ({
  biz_step: "ocop:harvesting",
  action: "ADD",
  event_time: "2026-11-20T06:15:00+07:00",
  read_point: { name: "Đồi chè xóm Hồng Thái" },
  note: { vi: note },
  event_id: eventIdOf(clientId),
});
const count = async (sql: string, value: string) => Number((await db.query<{ n: string }>(sql, [value])).rows[0]?.n);
const code = (tag: string) => `CID-${tag}-${Date.now().toString(36).toUpperCase()}`.slice(0, 20);

describe("client-made ids", () => {
  it("opens a lot once for one client id, sent twice and then five times at once", async () => {
    const clientId = randomUUID();
    const first = await post("/producer/lots", lotBody(clientId, code("A")));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((first.body.lot as { id: string }).id).toBe(lotIdOf(clientId));
    expect((first.body.serials as string[]).length).toBe(2);
    const again = await post("/producer/lots", lotBody(clientId, code("A")));
    expect(again).toEqual(first);

    const racing = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post("/producer/lots", lotBody(racing, code("B")))));
    for (const answer of answers) expect(answer, JSON.stringify(answer.body)).toEqual(answers[0]);
    expect(answers[0]?.status).toBe(201);
    expect(await count("select count(*) as n from trace_lot where id = $1", lotIdOf(racing))).toBe(1);
    expect(await count("select count(*) as n from trace_serial where lot_id = $1 and deleted_at is null", lotIdOf(racing))).toBe(2);
  });

  it("records an event once for one event id, sent twice and then five times at once", async () => {
    const lot = await post("/producer/lots", lotBody(randomUUID(), code("E")));
    const lotId = (lot.body.lot as { id: string }).id;
    const clientId = randomUUID();
    const first = await post(`/producer/lots/${lotId}/events`, eventBody(clientId, "Hái lần một"));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.event).toMatchObject({ event_id: eventIdOf(clientId), seq: 1, event_time: "2026-11-19T23:15:00.000Z" });
    expect(await post(`/producer/lots/${lotId}/events`, eventBody(clientId, "Hái lần một"))).toEqual(first);

    const racing = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(`/producer/lots/${lotId}/events`, eventBody(racing, "Hái lần hai"))));
    for (const answer of answers) expect(answer, JSON.stringify(answer.body)).toEqual(answers[0]);
    expect(answers[0]?.body.event).toMatchObject({ event_id: eventIdOf(racing), seq: 2 });
    expect(await count("select count(*) as n from trace_event where lot_id = $1", lotId)).toBe(2);
  });

  it("refuses an event id already recorded on another lot, and a client id that is not a uuid", async () => {
    const [one, two] = await Promise.all([post("/producer/lots", lotBody(randomUUID(), code("X"))), post("/producer/lots", lotBody(randomUUID(), code("Y")))]);
    const clientId = randomUUID();
    const recorded = await post(`/producer/lots/${(one.body.lot as { id: string }).id}/events`, eventBody(clientId, "Ở lô một"));
    expect(recorded.status).toBe(201);
    const elsewhere = await post(`/producer/lots/${(two.body.lot as { id: string }).id}/events`, eventBody(clientId, "Ở lô hai"));
    expect(elsewhere.status).toBeGreaterThanOrEqual(400);
    expect(elsewhere.status).toBeLessThan(500);
    expect(await count("select count(*) as n from trace_event where event_id = $1", eventIdOf(clientId))).toBe(1);
    const badLot = await post("/producer/lots", { ...lotBody("not-a-uuid", code("Z")) });
    expect(badLot.status).toBe(400);
    const badEvent = await post(`/producer/lots/${(two.body.lot as { id: string }).id}/events`, { ...eventBody(randomUUID(), "x"), event_id: "urn:uuid:nope" });
    expect(badEvent.status).toBe(400);
  });
});
