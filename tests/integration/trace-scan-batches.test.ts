import { newScanId, SCAN_BATCH_MAX, SCAN_SECRET_HEADER, type ScanRecord } from "@ocop/core";
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";

/** Trace-page views written in batches: POST /internal/trace/scans, and GET /store/trace/standing. */
const { backendUrl, databaseUrl, publishableKey, scanSecret } = inject("platform");
const MINUTE = 60_000;
/** DEMO_SERIALS of the seed (backend/src/scripts/seed/trace-journeys.ts), named here as resolver.test.ts names them: importing the seed would bring the backend's sources into this side's type check. */
const DEMO_SERIALS = { genuine: "DEMO-UNIT-0001", copied: "DEMO-COPY-0001" };

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Posts a batch with `secret` in the scan-secret header (none for null). */
async function send(body: unknown, secret: string | null = scanSecret) {
  const response = await fetch(`${backendUrl}/internal/trace/scans`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === null ? {} : { [SCAN_SECRET_HEADER]: secret }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function standing(lotId: string, serial: string) {
  const query = new URLSearchParams({ lot_id: lotId, serial });
  const response = await fetch(`${backendUrl}/store/trace/standing?${query}`, { headers: { "x-publishable-api-key": publishableKey } });
  return { status: response.status, body: await response.json() };
}

const storedOf = async (scans: ScanRecord[]) => Number((await sql<{ n: string }>("select count(*) n from trace_scan where id = any($1)", [scans.map((s) => s.id)]))[0]?.n);
const unitOf = async (serial: string) =>
  (
    await sql<{ scan_count: number; first_scanned_at: Date | null; flagged_at: Date | null }>(
      "select scan_count, first_scanned_at, flagged_at from trace_serial where serial = $1",
      [serial],
    )
  )[0];
const fields = (body: { fields?: { field: string; code: string }[] }) => (body.fields ?? []).map(({ field, code }) => `${field}:${code}`);

let lotId = "";
/** Units of the demo lot never scanned yet: each test that counts takes its own, so runs on one platform stay apart. */
let fresh: string[] = [];
let clients = 0;
/** A view by a client of its own (a client counts once per window), unless `overrides` names one. */
const view = (overrides: Partial<ScanRecord> = {}): ScanRecord => ({
  id: newScanId(),
  lot_id: lotId,
  region: "VN-TN",
  client: `test-client-${++clients}`,
  device_class: "mobile",
  via: "gs1",
  at: new Date(Date.now() - MINUTE).toISOString(),
  ...overrides,
});

beforeAll(async () => {
  const [demo] = await sql<{ lot_id: string }>("select lot_id from trace_serial where serial = $1", [DEMO_SERIALS.genuine]);
  lotId = demo?.lot_id ?? "";
  const rows = await sql<{ serial: string }>(
    "select serial from trace_serial where lot_id = $1 and serial not like 'DEMO-%' and scan_count = 0 and flagged_at is null and deleted_at is null order by serial limit 3",
    [lotId],
  );
  fresh = rows.map((r) => r.serial);
  expect(fresh, "the demo lot has unscanned units left (start a fresh test platform)").toHaveLength(3);
});

describe("who may send scans", () => {
  it("refuses a caller without the scan secret, or with a wrong one, and stores nothing", async () => {
    const scans = [view()];
    const wrong = scanSecret.replace(/^./, (c) => (c === "x" ? "y" : "x"));
    for (const secret of [null, "", wrong, `${scanSecret}x`]) {
      const { status, body } = await send({ scans }, secret);
      expect(status, `secret ${JSON.stringify(secret)}`).toBe(403);
      expect(body.message).toMatch(/x-scan-secret/);
    }
    expect(await storedOf(scans)).toBe(0);
  });
});

describe("a malformed batch", () => {
  const id = newScanId();
  it.each([
    ["too many views", () => Array.from({ length: SCAN_BATCH_MAX + 1 }, () => view()), "scans:too_big"],
    ["a bad id", () => [view(), view({ id: "scan_0000" })], "scans.1.id:invalid_format"],
    ["an id twice", () => [view({ id }), view({ id })], "scans.1.id:invalid"],
    ["an unknown device class", () => [view(), view({ device_class: "toaster" as ScanRecord["device_class"] })], "scans.1.device_class:invalid_value"],
    ["a view in the future", () => [view(), view({ at: new Date(Date.now() + 60 * MINUTE).toISOString() })], "scans.1.at:in_future"],
  ])("with %s is a 400 that names the field, and stores nothing", async (_case, make, problem) => {
    const scans = make();
    const { status, body } = await send({ scans });
    expect(status).toBe(400);
    expect(body.type).toBe("invalid_data");
    expect(fields(body)).toEqual([problem]);
    expect(await storedOf(scans)).toBe(0);
  });
});

describe("a batch of views", () => {
  it("stores every view and counts the unit's views that are not bots", async () => {
    const serial = fresh[0] ?? "";
    const earliest = Date.now() - 30 * MINUTE;
    const scans = [
      // A link preview, earliest of all: stored, but neither counted nor the unit's first scan.
      view({ serial, device_class: "bot", at: new Date(earliest).toISOString() }),
      ...[20, 15, 10, 5].map((minutes) => view({ serial, at: new Date(Date.now() - minutes * MINUTE).toISOString() })),
    ];
    const { status, body } = await send({ scans });
    expect(status).toBe(200);
    expect(body).toMatchObject({ stored: 5, duplicates: 0, skipped: 0 });
    expect(body.serials).toEqual([{ serial, scan_count: 4, first_scanned_at: scans[1]?.at, flagged: false, flag_reason: null, flag_cleared_at: null }]);
    expect(await storedOf(scans)).toBe(5);
    expect(await unitOf(serial)).toMatchObject({ scan_count: 4, flagged_at: null });

    // The same batch again (a retry, a journal replayed): nothing more is stored or counted.
    const again = await send({ scans });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ stored: 0, duplicates: 5, skipped: 0, serials: [{ serial, scan_count: 4 }] });
    expect(await storedOf(scans)).toBe(5);
    expect((await unitOf(serial))?.scan_count).toBe(4);
  });

  it("skips views of a lot that does not exist", async () => {
    const scans = [view({ lot_id: "tlot_NOSUCHLOT" }), view()];
    const { status, body } = await send({ scans });
    expect(status).toBe(200);
    expect(body).toEqual({ stored: 1, duplicates: 0, skipped: 1, serials: [] });
    expect(await storedOf(scans.slice(0, 1))).toBe(0);
    expect(await storedOf(scans.slice(1))).toBe(1);
  });

  it("takes a full batch at once", async () => {
    const scans = Array.from({ length: SCAN_BATCH_MAX }, (_, i) => view({ region: `VN-${i % 60}`, via: i % 2 ? "gs1" : "short" }));
    const { status, body } = await send({ scans });
    expect(status).toBe(200);
    expect(body).toMatchObject({ stored: SCAN_BATCH_MAX, duplicates: 0, skipped: 0 });
    expect(await storedOf(scans)).toBe(SCAN_BATCH_MAX);
  });

  it("flags a unit whose views look copied, and the standing route says so", async () => {
    const serial = fresh[1] ?? "";
    const regions = ["VN-TN", "VN-HN", "VN-SG"];
    // Bots in three regions never make a unit look copied.
    const bots = await send({ scans: regions.map((region) => view({ serial, region, device_class: "bot" })) });
    expect(bots.body.serials).toEqual([{ serial, scan_count: 0, first_scanned_at: null, flagged: false, flag_reason: null, flag_cleared_at: null }]);

    const { body } = await send({ scans: regions.map((region) => view({ serial, region })) });
    expect(body.serials).toEqual([expect.objectContaining({ serial, scan_count: 3, flagged: true, flag_reason: expect.stringMatching(/3 regions/) })]);
    expect((await unitOf(serial))?.flagged_at).not.toBeNull();

    const read = await standing(lotId, serial);
    expect(read.status).toBe(200);
    expect(read.body.serial).toEqual(body.serials[0]);
  });
});

describe("a unit's standing", () => {
  it("is read without being counted", async () => {
    const serial = fresh[2] ?? "";
    for (let i = 0; i < 3; i++)
      expect((await standing(lotId, serial)).body).toEqual({ serial: { serial, scan_count: 0, first_scanned_at: null, flagged: false, flag_reason: null, flag_cleared_at: null } });
    expect((await standing(lotId, DEMO_SERIALS.copied)).body.serial).toMatchObject({ flagged: true });
  });

  it("is null for a serial the lot does not have", async () => {
    expect((await standing(lotId, "NO-SUCH-UNIT")).body).toEqual({ serial: null });
    expect((await standing("tlot_NOSUCHLOT", DEMO_SERIALS.genuine)).body).toEqual({ serial: null });
  });

  it("needs a lot and a serial", async () => {
    const response = await fetch(`${backendUrl}/store/trace/standing?lot_id=${lotId}`, { headers: { "x-publishable-api-key": publishableKey } });
    expect(response.status).toBe(400);
    expect(fields(await response.json())).toEqual(["serial:required"]);
  });
});
