import { request } from "node:http";
import { newScanId, SCAN_SECRET_HEADER, type ScanRecord } from "@ocop/core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ExtraStorefront, startExtraStorefront } from "../harness/extra-storefront.ts";
import { TEST_REGION_HEADER } from "../harness/test-platform.ts";

/**
 * Scan counts no one can forge (README, "Scan counts"): a unit's count is GETs
 * of its page by browsers, once per client per window; a region comes only
 * from the trusted proxy's header (on the test platform TEST_REGION_HEADER,
 * from loopback, which also forwards each test's own client in
 * X-Forwarded-For); a copy flag needs many clients or many regions; staff can
 * clear a flag and the page says so; trace pages are rate-limited per client.
 */
const platform = inject("platform");
const { storefrontUrl, backendUrl, databaseUrl } = inject("platform");
const LOT = "/trace/01/08939990000016/10/HDTOMNON10-L01";
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
/** This run's own client addresses, apart from other tests' and other runs'. */
const RUN = Math.floor(Math.random() * 200);
const client = (n: number) => `10.${RUN}.${Math.floor(n / 250)}.${1 + (n % 250)}`;

let db: pg.Client;
let lotId = "";
/** Units of the demo lot never viewed yet, taken from the other end than trace-scan-batches and page-cache take theirs. */
let units: string[] = [];

beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ serial: string; lot_id: string }>(
    `select s.serial, s.lot_id from trace_serial s join trace_lot l on l.id = s.lot_id
      where l.code = 'HDTOMNON10-L01' and s.serial not like 'DEMO-%' and s.scan_count = 0 and s.flagged_at is null and s.deleted_at is null
        and not exists (select 1 from trace_scan c where c.serial_id = s.id)
      order by s.serial desc limit 6`,
  );
  units = rows.map((r) => r.serial);
  lotId = rows[0]?.lot_id ?? "";
  expect(units, "the demo lot has unscanned units left (start a fresh test platform)").toHaveLength(6);
});

afterAll(async () => {
  await db?.end();
});

const unitPage = (serial: string, locale: "vi" | "en" = "vi") => `${locale === "en" ? "/en" : ""}${LOT}/21/${serial}`;

async function view(path: string, headers: Record<string, string>, base = storefrontUrl): Promise<{ status: number; html: string }> {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, html: await response.text() };
}

/** A GET without any User-Agent (fetch always sends one). */
function viewWithoutAgent(path: string, from: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${storefrontUrl}${path}`, { headers: { "x-forwarded-for": from } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

type Unit = { scan_count: number; flagged_at: Date | null; flag_reason: string | null; stored: number; counted: number; regions: string[] };

async function unitOf(serial: string): Promise<Unit> {
  const { rows } = await db.query<Unit>(
    `select s.scan_count, s.flagged_at, s.flag_reason,
            (select count(*)::int from trace_scan c where c.serial_id = s.id) as stored,
            (select count(*)::int from trace_scan c where c.serial_id = s.id and c.counted) as counted,
            array(select distinct c.region from trace_scan c where c.serial_id = s.id and c.region is not null) as regions
       from trace_serial s where s.serial = $1`,
    [serial],
  );
  return rows[0] as Unit;
}

/** The unit once `done` holds of it (the storefront sends its queue every 250 ms; waits up to 60 s). */
async function until(serial: string, done: (unit: Unit) => boolean): Promise<Unit> {
  let unit = await unitOf(serial);
  for (let waited = 0; !done(unit) && waited < 60_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    unit = await unitOf(serial);
  }
  return unit;
}

/** The unit once `views` of it are stored. */
async function stored(serial: string, views: number): Promise<Unit> {
  const unit = await until(serial, (u) => u.stored >= views);
  expect(unit.stored, `views of ${serial} stored`).toBe(views);
  return unit;
}

describe("a unit's scan count", () => {
  it("takes no region from the client: three requests with forged region headers store none and flag nothing", async () => {
    const serial = units[0] as string;
    const regions = ["VN-HN", "VN-SG", "KH"];
    for (const [i, region] of regions.entries()) {
      const page = await view(unitPage(serial), {
        "user-agent": PHONE,
        "x-forwarded-for": client(i),
        "x-region": region,
        "cf-ipcountry": region,
        "x-vercel-ip-country-region": region,
      });
      expect(page.status).toBe(200);
    }
    const unit = await stored(serial, 3);
    expect(unit.regions).toEqual([]);
    expect(unit.flagged_at).toBeNull();
    const page = await view(unitPage(serial), { "user-agent": PHONE, "x-forwarded-for": client(0) });
    expect(page.html).not.toContain("Cảnh báo: mã này");
  });

  it("counts 100 views by one client once, and does not flag the unit", async () => {
    const serial = units[1] as string;
    const from = client(10);
    for (let i = 0; i < 100; i += 10) {
      const pages = await Promise.all(Array.from({ length: 10 }, () => view(unitPage(serial), { "user-agent": PHONE, "x-forwarded-for": from })));
      expect(pages.map((p) => p.status)).toEqual(Array(10).fill(200));
    }
    const unit = await stored(serial, 100);
    expect(unit).toMatchObject({ scan_count: 1, counted: 1, flagged_at: null });
  });

  it("never counts a bot's view, nor one without a User-Agent", async () => {
    const serial = units[2] as string;
    for (let i = 0; i < 3; i++) expect((await view(unitPage(serial), { "user-agent": GOOGLEBOT, "x-forwarded-for": client(20 + i) })).status).toBe(200);
    expect(await viewWithoutAgent(unitPage(serial), client(23))).toBe(200);
    const unit = await stored(serial, 4);
    expect(unit).toMatchObject({ scan_count: 0, counted: 0, flagged_at: null });
  });

  it("counts a client once per window (TRACE_COUNT_WINDOW_MINUTES, 60), within one batch and across batches", async () => {
    const serial = units[5] as string;
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const scan = (client: string, minutes: number): ScanRecord => ({ id: newScanId(), lot_id: lotId, serial, client, device_class: "mobile", via: "gs1", at: ago(minutes) });
    const send = (scans: ScanRecord[]) =>
      fetch(`${backendUrl}/internal/trace/scans`, {
        method: "POST",
        headers: { "content-type": "application/json", [SCAN_SECRET_HEADER]: platform.scanSecret },
        body: JSON.stringify({ scans }),
      });
    // One batch: the same client at -200 and -190 minutes (once), another client at -190 (once).
    const first = await send([scan("batch-client-a", 200), scan("batch-client-a", 190), scan("batch-client-b", 190)]);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { serials: { scan_count: number }[] }).serials[0]?.scan_count).toBe(2);
    // A later batch: client a again 50 minutes after its counted view (not counted), then 100 minutes after it (counted).
    const second = await send([scan("batch-client-a", 150), scan("batch-client-a", 100)]);
    expect(((await second.json()) as { serials: { scan_count: number }[] }).serials[0]?.scan_count).toBe(3);
    expect(await unitOf(serial)).toMatchObject({ scan_count: 3, stored: 5, counted: 3 });
  });
});

describe("a copy flag", () => {
  it("rises for a code viewed by many clients", async () => {
    const serial = units[3] as string;
    for (let i = 0; i < 20; i += 5) {
      await Promise.all(Array.from({ length: 5 }, (_, j) => view(unitPage(serial), { "user-agent": PHONE, "x-forwarded-for": client(100 + i + j) })));
    }
    const unit = await stored(serial, 20);
    expect(unit.scan_count).toBe(20);
    expect(unit.flagged_at).not.toBeNull();
    expect(unit.flag_reason).toMatch(/20 different clients/);
  });

  it("rises for a code viewed in many regions the trusted proxy reports; staff can clear it, and the page then says so", async () => {
    const serial = units[4] as string;
    for (const [i, region] of ["VN-HN", "VN-SG", "KH"].entries()) {
      expect((await view(unitPage(serial), { "user-agent": PHONE, "x-forwarded-for": client(200 + i), [TEST_REGION_HEADER]: region })).status).toBe(200);
    }
    const flagged = await stored(serial, 3);
    expect(flagged.regions.sort()).toEqual(["KH", "VN-HN", "VN-SG"]);
    expect(flagged.flagged_at).not.toBeNull();
    expect(flagged.flag_reason).toMatch(/3 regions/);

    const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@ocop-demo.vn", password: "ocop-demo-2026" }),
    });
    const token = ((await login.json()) as { token: string }).token;
    const clear = (lot: string, unit: string) =>
      fetch(`${backendUrl}/admin/trace/lots/${lot}/serials/${encodeURIComponent(unit)}/clear-flag`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    expect((await fetch(`${backendUrl}/admin/trace/lots/${lotId}/serials/${serial}/clear-flag`, { method: "POST" })).status).toBe(401);
    expect((await clear(lotId, "NO-SUCH-UNIT")).status).toBe(404);
    const cleared = await clear(lotId, serial);
    expect(cleared.status).toBe(200);
    expect(((await cleared.json()) as { serial: { flagged: boolean } }).serial.flagged).toBe(false);
    expect((await unitOf(serial)).flagged_at).toBeNull();

    // The page reads the unit's standing again once what it knows is a second old: asked by a bot, which never counts.
    let page = await view(unitPage(serial), { "user-agent": GOOGLEBOT, "x-forwarded-for": client(210) });
    for (let waited = 0; !page.html.includes("Sở Công Thương") && waited < 15_000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      page = await view(unitPage(serial), { "user-agent": GOOGLEBOT, "x-forwarded-for": client(210) });
    }
    expect(page.html).toContain("đã được Sở Công Thương gỡ bỏ");
    expect(page.html).not.toContain("Cảnh báo: mã này");
    const english = await view(unitPage(serial, "en"), { "user-agent": GOOGLEBOT, "x-forwarded-for": client(210) });
    expect(english.html).toContain("was cleared by the trade department");

    // Only evidence after the clear counts: one more client in one of the same regions does not raise it again.
    expect((await view(unitPage(serial), { "user-agent": PHONE, "x-forwarded-for": client(220), [TEST_REGION_HEADER]: "VN-HN" })).status).toBe(200);
    const after = await until(serial, (u) => u.counted >= 4);
    expect(after.scan_count).toBe(4);
    expect(after.flagged_at).toBeNull();
  });
});

describe("trace pages", () => {
  let limited: ExtraStorefront | undefined;
  afterAll(async () => {
    await limited?.stop();
  });

  it("are rate-limited per client, with a 429 page in the user's language, and other clients still served", async () => {
    limited = await startExtraStorefront(platform.backendUrl, platform.publishableKey, { secret: platform.scanSecret, tracePageRate: 4 });
    const from = { "user-agent": PHONE, "x-forwarded-for": client(300) };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await view(`/t/DM000002`, from, limited.url)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await fetch(`${limited.url}/t/DM000002`, { headers: from });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Quá nhiều yêu cầu");
    const english = await view(`/en/t/DM000002`, from, limited.url);
    expect(english.status).toBe(429);
    expect(english.html).toContain("Too many requests");
    expect((await view(`/t/DM000002`, { "user-agent": PHONE, "x-forwarded-for": client(301) }, limited.url)).status).toBe(200);
  });
});
