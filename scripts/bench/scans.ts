import pg from "pg";

async function withDb<T>(databaseUrl: string, use: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}

/** A unit page of the measured lot: one of its serials other than the demo's two (whose scans the README describes). */
export async function unitPath(databaseUrl: string): Promise<string> {
  const row = await withDb(databaseUrl, async (db) => {
    const { rows } = await db.query<{ gtin: string; code: string; serial: string }>(
      `select l.gtin, l.code, s.serial from trace_serial s join trace_lot l on l.id = s.lot_id
        where l.code = 'HDTOMNON10-L01' and s.serial not like 'DEMO-%' and s.deleted_at is null order by s.serial limit 1`,
    );
    return rows[0];
  });
  if (!row) throw new Error("The demo lot HDTOMNON10-L01 has no unit serials: was the demo seed loaded?");
  // The unit's trace page, where its GS1 Digital Link URI redirects.
  return `/trace/01/${row.gtin}/10/${encodeURIComponent(row.code)}/21/${encodeURIComponent(row.serial)}`;
}

/**
 * Rows of trace_scan stored since `from`, once the storefront's queue has sent
 * what it holds: waits until `expected` are there or the count has not moved
 * for three seconds (at most 30 s).
 */
export async function countScansSince(databaseUrl: string, from: Date, expected: number): Promise<number> {
  return withDb(databaseUrl, async (db) => {
    let last = -1;
    let still = 0;
    for (let waited = 0; waited < 30_000; waited += 250) {
      const { rows } = await db.query<{ n: number }>("select count(*)::int as n from trace_scan where scanned_at >= $1", [from]);
      const n = rows[0]?.n ?? 0;
      if (n >= expected) return n;
      still = n === last ? still + 250 : 0;
      if (still >= 3000) return n;
      last = n;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return last;
  });
}
