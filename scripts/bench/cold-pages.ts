import pg from "pg";

const COLD_PAGES = 200;

/** Pages for the cold runs, none of them the measured ones: lots with a GTIN, lots without, products. */
export async function coldPaths(databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const pick = async <T>(sql: string) => (await db.query<T & pg.QueryResultRow>(sql)).rows;
    // Lots of products without a GTIN for the short codes, so the two runs share no product and neither warms the other.
    const gs1 = await pick<{ gtin: string; code: string }>(
      `select gtin, code from trace_lot where gtin is not null and code <> 'HDTOMNON10-L01' order by random() limit ${COLD_PAGES}`,
    );
    const short = await pick<{ short_code: string }>(`select short_code from trace_lot where gtin is null and short_code <> 'DM000002' order by random() limit ${COLD_PAGES}`);
    const products = await pick<{ handle: string }>(
      `select handle from product where status = 'published' and deleted_at is null and handle <> 'che-tom-non-hao-dat' order by random() limit ${COLD_PAGES}`,
    );
    return {
      // A GS1 Digital Link URI redirects to its trace page (/trace/01/…): the page is what is measured.
      gs1: gs1.map((l) => `/trace/01/${l.gtin}/10/${encodeURIComponent(l.code)}`),
      short: short.map((l) => `/t/${l.short_code}`),
      products: products.map((p) => `/products/${p.handle}`),
    };
  } finally {
    await db.end();
  }
}
