import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ExtraStorefront, startExtraStorefront } from "../harness/extra-storefront.ts";
import { TEST_REGION_HEADER } from "../harness/test-platform.ts";

/**
 * Rendered pages from memory (README, "Rendered pages from memory"): a kept
 * trace page is still a scan on every view, a unit page shows the count of the
 * view itself, the backend's invalidation drops kept pages, and every encoding
 * carries the same page. On a storefront of its own, so no other test warms
 * or drops its pages.
 */
const platform = inject("platform");
const LOT = "/01/08939990000016/10/HDTOMNON10-L01";
const PHONE = "Mozilla/5.0 (Linux; Android 14) Mobile";
const region = `cache-${Date.now().toString(36)}`;
let storefront: ExtraStorefront;
let db: pg.Client;

beforeAll(async () => {
  storefront = await startExtraStorefront(platform.backendUrl, platform.publishableKey, { secret: platform.scanSecret });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await storefront?.stop();
  await db?.end();
});

/** A view, from one client unless `from` (an address the storefront's trusted proxy, loopback, forwards for) names another. */
async function view(path: string, encoding = "br, gzip", from?: string) {
  const headers: Record<string, string> = { "user-agent": PHONE, [TEST_REGION_HEADER]: region, "accept-encoding": encoding, ...(from ? { "x-forwarded-for": from } : {}) };
  const response = await fetch(`${storefront.url}${path}`, { headers });
  return { status: response.status, kept: response.headers.get("x-astro-cache"), caching: response.headers.get("cache-control"), html: await response.text() };
}

/** A GET read with node:http, which leaves the body as sent. */
function raw(path: string, encoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${storefront.url}${path}`, { headers: { "user-agent": PHONE, [TEST_REGION_HEADER]: region, "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Rows stored for this test's views, once the queue has sent them (it sends every 250 ms; waits up to 30 s). */
async function rowsStored(atLeast: number): Promise<number> {
  let n = 0;
  for (let waited = 0; waited <= 30_000; waited += 250) {
    n = (await db.query<{ n: number }>("select count(*)::int as n from trace_scan where region = $1", [region])).rows[0]?.n ?? 0;
    if (n >= atLeast) return n;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return n;
}

describe("kept trace pages", () => {
  it("are answered from memory after the first view, and every view is still a scan", async () => {
    const first = await view(LOT);
    const second = await view(LOT);
    const third = await view(`/en${LOT}`);
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    expect(first.kept).toBe("MISS");
    expect(second.kept).toBe("HIT");
    expect(second.html).toBe(first.html);
    expect(second.caching).toBe("public, max-age=0, stale-if-error=86400");
    expect(await rowsStored(3)).toBe(3);
  });

  it("show a unit's count at each view by a new client, the view itself counted", async () => {
    const { rows } = await db.query<{ serial: string }>(
      `select s.serial from trace_serial s join trace_lot l on l.id = s.lot_id
        where l.code = 'HDTOMNON10-L01' and s.serial not like 'DEMO-%' and s.deleted_at is null order by s.serial limit 1 offset 2`,
    );
    const unit = `${LOT}/21/${rows[0]?.serial}`;
    const counts: number[] = [];
    const states: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      // A client counts once per window (README, "Scan counts"): each view here is another client's.
      const page = await view(unit, "br, gzip", `198.51.100.${10 + i}`);
      states.push(page.kept);
      const said = /Đã quét (\d+) lần/.exec(page.html)?.[1] ?? (page.html.includes("Đây là lần quét đầu tiên") ? "1" : "?");
      counts.push(Number(said));
    }
    expect(states).toEqual(["MISS", "HIT", "HIT", "HIT"]);
    const base = counts[0] as number;
    expect(counts).toEqual([base, base + 1, base + 2, base + 3]);
  });

  it("are dropped when the backend says their data changed", async () => {
    await view(`/t/DM000002`);
    expect((await view(`/t/DM000002`)).kept).toBe("HIT");
    await storefront.dropCaches(["trace"]);
    expect((await view(`/t/DM000002`)).kept).toBe("MISS");
  });

  it("carry the same page in every encoding", async () => {
    // The lot's page itself (its GS1 Digital Link URI redirects there, as GS1's resolver standard asks).
    const plain = await raw(`/trace${LOT}`, "identity");
    const br = await raw(`/trace${LOT}`, "br");
    const gzip = await raw(`/trace${LOT}`, "gzip");
    expect([plain.encoding, br.encoding, gzip.encoding]).toEqual([undefined, "br", "gzip"]);
    const html = plain.body.toString("utf8");
    expect(html).toContain("Hành trình của lô hàng");
    expect(brotliDecompressSync(br.body).toString("utf8")).toBe(html);
    expect(gunzipSync(gzip.body).toString("utf8")).toBe(html);
  });
});

describe("kept product pages", () => {
  it("are answered from memory and dropped with the catalogue", async () => {
    const path = "/products/che-tom-non-hao-dat";
    expect((await view(path)).kept).toBe("MISS");
    const again = await view(path);
    expect(again.kept).toBe("HIT");
    expect(again.html).toContain("Chè tôm nõn Hảo Đạt");
    await storefront.dropCaches(["catalogue"]);
    expect((await view(path)).kept).toBe("MISS");
  });
});
