import { beforeAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * The producer's lot journal over HTTP (README, "The lot journal"): lots come
 * by production date, a correction is a new event naming the one it corrects
 * (of the same lot, never another's; history stays whole), and a lot's serials
 * come a page at a time with their scan standing.
 */
const platform = inject("platform");
const { backendUrl } = platform;

const call = async (path: string, headers: Record<string, string>, body?: unknown) => {
  const response = await fetch(`${backendUrl}${path}`, { method: body === undefined ? "GET" : "POST", headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

let haoDat: Record<string, string>;
let vietCuong: Record<string, string>;
let product: { id: string; variants: { id: string }[] };
const run = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  const login = async (email: string) => ({ authorization: `Bearer ${await storeApi(platform).logIn("producer", email)}`, "content-type": "application/json" });
  [haoDat, vietCuong] = await Promise.all([login("haodat@ocop-demo.vn"), login("vietcuong@ocop-demo.vn")]);
  const { products } = (await call("/producer/products", haoDat)).body as { products: (typeof product)[] };
  product = products[0] as typeof product;
});

async function newLot(code: string, dates: Record<string, string> = {}) {
  const made = await call("/producer/lots", haoDat, { product_id: product.id, variant_id: product.variants[0]?.id, code, quantity: 10, unit: "KGM", ...dates });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.lot as { id: string; code: string };
}

const harvest = { biz_step: "ocop:harvesting", action: "ADD", event_time: "2026-11-02T07:30:00+07:00", read_point: { name: "Đồi chè Hồng Thái" }, quantity: 80, uom: "KGM" };

describe("the lot journal", () => {
  it("lists lots by production date, newest first, not by when they were entered", async () => {
    // Entered oldest-made first; the last has only a packing date, which stands in for it.
    const made = [
      await newLot(`ORD-A-${run}`, { produced_at: "2026-03-01" }),
      await newLot(`ORD-B-${run}`, { produced_at: "2026-09-01" }),
      await newLot(`ORD-C-${run}`, { packed_at: "2026-06-01" }),
    ];
    const { status, body } = await call("/producer/lots", haoDat);
    expect(status).toBe(200);
    const codes = (body.lots as { code: string }[]).map((l) => l.code).filter((code) => code.endsWith(run) && code.startsWith("ORD-"));
    expect(codes).toEqual([made[1]?.code, made[2]?.code, made[0]?.code]);
  });

  it("appends a correction naming the corrected event; the corrected one stays and the chain holds", async () => {
    const lot = await newLot(`FIX-${run}`);
    const first = await call(`/producer/lots/${lot.id}/events`, haoDat, harvest);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const original = first.body.event as { id: string; hash: string };
    const fix = await call(`/producer/lots/${lot.id}/events`, haoDat, {
      ...harvest,
      quantity: 60,
      corrects_event_id: original.id,
      note: { vi: "Cân lại: 60 kg, không phải 80 kg" },
    });
    expect(fix.status, JSON.stringify(fix.body)).toBe(201);
    expect(fix.body.event).toMatchObject({ corrects_event_id: original.id, quantity: 60, seq: 2 });

    const { body } = await call(`/producer/lots/${lot.id}`, haoDat);
    expect(body.chain.verified).toBe(true);
    expect(body.events).toHaveLength(2);
    expect(body.events[0]).toMatchObject({ id: original.id, quantity: 80, hash: original.hash, corrects_event_id: null });
  });

  it("refuses a correction of another lot's event, naming the field, and appends nothing", async () => {
    const [mine, other] = [await newLot(`FIX-M-${run}`), await newLot(`FIX-O-${run}`)];
    const theirs = (await call(`/producer/lots/${other.id}/events`, haoDat, harvest)).body.event as { id: string };
    for (const corrects of [theirs.id, "tev_none"]) {
      const refused = await call(`/producer/lots/${mine.id}/events`, haoDat, { ...harvest, corrects_event_id: corrects, note: { vi: "Sửa" } });
      expect(refused.status).toBe(400);
      expect(refused.body.fields).toEqual([expect.objectContaining({ field: "corrects_event_id", code: "unknown_event" })]);
    }
    expect((await call(`/producer/lots/${mine.id}`, haoDat)).body.events).toHaveLength(0);
  });

  it("does not let another producer correct a lot, or read its serials", async () => {
    const lot = await newLot(`FIX-X-${run}`);
    const event = (await call(`/producer/lots/${lot.id}/events`, haoDat, harvest)).body.event as { id: string };
    expect((await call(`/producer/lots/${lot.id}/events`, vietCuong, { ...harvest, corrects_event_id: event.id, note: { vi: "x" } })).status).toBe(404);
    expect((await call(`/producer/lots/${lot.id}/serials`, vietCuong)).status).toBe(404);
    expect((await call(`/producer/lots/${lot.id}`, haoDat)).body.events).toHaveLength(1);
  });
});

describe("a lot's serials with their scan standing", () => {
  it("gives each serial its counted scans, their regions and its copy flag", async () => {
    const { body } = await call("/producer/lots", haoDat);
    const seeded = [];
    for (const lot of body.lots as { id: string }[]) {
      const page = await call(`/producer/lots/${lot.id}/serials?limit=200`, haoDat);
      if ((page.body.serials as { serial: string }[]).some((s) => s.serial === "DEMO-COPY-0001")) seeded.push(page.body);
    }
    expect(seeded).toHaveLength(1);
    const serials = seeded[0]?.serials as { serial: string; scan_count: number; regions: string[]; flagged_at: string | null; flag_reason: string | null }[];
    // The seed's counts; end-to-end tests' browsers may add theirs (with no region: no trusted proxy here).
    expect(serials.find((s) => s.serial === "DEMO-COPY-0001")).toMatchObject({
      scan_count: expect.toSatisfy((n: number) => n >= 48),
      regions: ["VN-BN", "VN-HN", "VN-HP", "VN-SG", "VN-TN"],
      flagged_at: expect.any(String),
      flag_reason: expect.stringMatching(/regions|clients/),
    });
    expect(serials.find((s) => s.serial === "DEMO-UNIT-0001")).toMatchObject({ scan_count: expect.toSatisfy((n: number) => n >= 2), regions: ["VN-TN"], flagged_at: null });
  });

  it("pages a lot's serials in code order, with their count", async () => {
    const lot = await newLot(`SER-${run}`, {});
    expect((await call(`/producer/lots/${lot.id}/serials`, haoDat, { count: 7 })).status).toBe(201);
    const first = await call(`/producer/lots/${lot.id}/serials?limit=5`, haoDat);
    const second = await call(`/producer/lots/${lot.id}/serials?limit=5&offset=5`, haoDat);
    expect(first.body).toMatchObject({ count: 7, offset: 0, limit: 5 });
    expect(first.body.serials).toHaveLength(5);
    expect(second.body.serials).toHaveLength(2);
    const codes = [...first.body.serials, ...second.body.serials].map((s: { serial: string }) => s.serial);
    expect(codes).toEqual([...codes].sort());
    expect(second.body.serials[0]).toMatchObject({ scan_count: 0, regions: [], flagged_at: null });
  });

  it.each(["limit=0", "limit=201", "limit=ten", "offset=-1", "page=2"])("refuses ?%s with a 400 naming the problem", async (query) => {
    const lot = (await call("/producer/lots", haoDat)).body.lots[0] as { id: string };
    const refused = await call(`/producer/lots/${lot.id}/serials?${query}`, haoDat);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toEqual(expect.any(String));
  });
});
