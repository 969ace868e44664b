import { CHAINED_FIELDS } from "@ocop/core/chain";
import pg from "pg";
import { backendBuildDir, backendEnv, medusaCliPath } from "../../platform/backend.ts";
import type { PlatformConfig } from "../../platform/config.ts";
import type { RunningPlatform } from "../../platform/platform.ts";
import { runProcess } from "../../platform/processes.ts";
import { loadOrCreateSecrets } from "../../platform/secrets.ts";
import { reindexSearch } from "../../search/reindex.ts";
import { copyLine, copyRows } from "./copy.ts";
import type { Counts } from "./scale.ts";
import { type BenchProduct, benchGtin, eventRows, lotOfSerialSql, lotRow, serialRows } from "./trace-rows.ts";

const LOT_COLUMNS = [
  "id",
  "product_id",
  "variant_id",
  "code",
  "short_code",
  "gtin",
  "quantity",
  "unit",
  "area",
  "place_handle",
  "harvested_at",
  "produced_at",
  "packed_at",
  "expires_at",
  "standards",
] as const;
/** An event row: its ids, the hashed content (`@ocop/core/chain`, in its order) and its place in the chain. */
const EVENT_COLUMNS = ["id", "lot_id", ...CHAINED_FIELDS, "prev_hash", "hash"] as const;
const SCAN_CHUNK = 1_000_000;

/**
 * Fills the bench platform's database with a catalogue of `counts`: products
 * and producers through Medusa (backend/src/scripts/bench-catalogue.ts, so
 * links, prices and search documents are real), then lots, unit serials and
 * trace events by COPY, and scans by INSERT … SELECT generate_series, into the
 * traceability module's own tables. Ends with VACUUM ANALYZE, as a database
 * that grew over a year would have its statistics and visibility maps.
 */
export async function generateCatalogue(config: PlatformConfig, platform: RunningPlatform, counts: Counts, log: (line: string) => void) {
  const secrets = await loadOrCreateSecrets(config.dataDir);
  const timed = async (what: string, work: () => Promise<unknown>) => {
    const started = Date.now();
    await work();
    log(`${what} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };

  await timed(`${counts.products} products from ${counts.producers} producers`, () =>
    runProcess(process.execPath, [medusaCliPath, "exec", "./src/scripts/bench-catalogue.js"], {
      cwd: backendBuildDir,
      env: { ...backendEnv(config, secrets, platform.databaseUrl, "production"), BENCH_PRODUCTS: String(counts.products), BENCH_PRODUCERS: String(counts.producers) },
      log: (line) => (line.includes("bench catalogue") ? log(line.replace(/.*bench catalogue: /, "  ").replace(/".*/, "")) : undefined),
    }),
  );
  await timed("search index rebuilt", async () => {
    await reindexSearch(platform.backendUrl, "product", log);
    // The rebuild goes on in the background (the old version reports "ready"): wait for every product, so it does not run during the measurements.
    await searchServes(platform, await publishedProducts(platform.databaseUrl));
  });

  const db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  try {
    // A bulk load, not the shop's traffic: a crash would only lose this generated data.
    await db.query("set synchronous_commit = off");
    const products = await benchProducts(db);
    const now = new Date();
    const productOf = (n: number) => products[n % products.length] as BenchProduct;
    // A lot may carry only the GTIN its variant holds (trace_gtin; a trigger checks each lot).
    await timed("GTINs held by the products' variants", () =>
      copyRows(
        db,
        "trace_gtin",
        ["id", "gtin", "product_id", "variant_id"],
        products.flatMap((product) => {
          const gtin = benchGtin(product.index);
          return gtin ? [copyLine([`gtin_bench_${product.index}`, gtin, product.product_id, product.variant_id])] : [];
        }),
      ),
    );
    await timed(`${counts.lots} lots`, () =>
      copyRows(
        db,
        "trace_lot",
        LOT_COLUMNS,
        mapLots(counts.lots, (n) => {
          const { row } = lotRow(n, productOf(n), now);
          return [copyLine(LOT_COLUMNS.map((c) => row[c]))];
        }),
      ),
    );
    await timed(`${counts.serials} unit serials`, () =>
      copyRows(
        db,
        "trace_serial",
        ["id", "serial", "lot_id"],
        mapLots(counts.lots, (n) => serialRows(n).map((s) => copyLine([s.id, s.serial, s.lot_id]))),
      ),
    );
    await timed(`${counts.events} trace events, hash-chained per lot`, () =>
      copyRows(
        db,
        "trace_event",
        EVENT_COLUMNS,
        mapLots(counts.lots, (n) => {
          const { start } = lotRow(n, productOf(n), now);
          return eventRows(n, start).map((event) => copyLine(EVENT_COLUMNS.map((c) => event[c])));
        }),
      ),
    );
    await timed(`${counts.scans} scans`, () => insertScans(db, counts, log));
    await timed("serials' scan counts", () =>
      db.query(`update trace_serial s set scan_count = c.n, first_scanned_at = c.first, last_scanned_at = c.last
                  from (select serial_id, count(*)::int n, min(scanned_at) first, max(scanned_at) last
                          from trace_scan where serial_id like 'ser_bench_%' group by serial_id) c
                 where s.id = c.serial_id`),
    );
    // Vacuumed too, so no autovacuum of millions of fresh rows runs during the measurements.
    await timed("VACUUM ANALYZE", async () => {
      await db.query("vacuum (analyze) trace_lot, trace_serial, trace_event, trace_scan");
      await db.query("analyze");
    });
  } finally {
    await db.end();
  }
}

async function publishedProducts(databaseUrl: string): Promise<number> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query<{ n: number }>("select count(*)::int n from product where status = 'published' and deleted_at is null")).rows[0]?.n ?? 0;
  } finally {
    await db.end();
  }
}

async function searchServes(platform: RunningPlatform, expected: number) {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const response = await fetch(`${platform.backendUrl}/store/ocop/search?limit=1`, { headers: { "x-publishable-api-key": platform.publishableKey } });
    const { count } = (await response.json()) as { count?: number };
    if ((count ?? 0) >= expected) return;
    if (Date.now() > deadline) throw new Error(`The product index serves ${count} of ${expected} products after 15 minutes; see the backend's log.`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

/** The generated products and their variants, in the order bench-catalogue numbered them. */
async function benchProducts(db: pg.Client): Promise<BenchProduct[]> {
  const { rows } = await db.query<{ product_id: string; variant_id: string; index: number }>(
    `select p.id product_id, v.id variant_id, substring(p.handle from 7)::int as index
       from product p join product_variant v on v.product_id = p.id and v.deleted_at is null
      where p.handle like 'bench-%' and p.deleted_at is null order by index`,
  );
  if (rows.length === 0) throw new Error("No bench products in the database: bench-catalogue did not run.");
  return rows;
}

function* mapLots(lots: number, lines: (n: number) => string[]): Iterable<string> {
  for (let n = 0; n < lots; n++) yield* lines(n);
}

/**
 * Scans over the past year, in chunks of a million: half of them of a lot's
 * code, half of a unit serial (each serial scanned about as often), from six
 * regions and every kind of device, a few bots among them.
 */
async function insertScans(db: pg.Client, counts: Counts, log: (line: string) => void) {
  for (let from = 1; from <= counts.scans; from += SCAN_CHUNK) {
    const to = Math.min(counts.scans, from + SCAN_CHUNK - 1);
    const serial = `((g / 2) % ${counts.serials})`;
    await db.query(
      `insert into trace_scan (id, lot_id, serial_id, scanned_at, region, device_class, via)
       select 'scan_bench_' || g,
              case when g % 2 = 0 then ${lotOfSerialSql(serial)} else 'lot_bench_' || (g % ${counts.lots}) end,
              case when g % 2 = 0 then 'ser_bench_' || ${serial} end,
              now() - (g % 31536000) * interval '1 second',
              (array['VN-TN', 'VN-HN', 'VN-SG', 'VN-DN', 'VN-HP', null])[1 + g % 6],
              (array['mobile', 'mobile', 'mobile', 'tablet', 'desktop', 'mobile', 'unknown', 'mobile', 'mobile', 'bot'])[1 + g % 10],
              case when g % 3 = 0 then 'short' else 'gs1' end
         from generate_series($1::bigint, $2::bigint) g`,
      [from, to],
    );
    log(`  scans ${to.toLocaleString("en")} / ${counts.scans.toLocaleString("en")}`);
  }
}
