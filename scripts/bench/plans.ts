import pg from "pg";

/**
 * How Postgres runs the queries behind a trace page and a product page, on
 * the data as it stands: the scans each plan uses. At national scale none
 * may be a sequential scan of a large table, or the page would slow down as
 * data grows.
 */
const QUERIES: { what: string; sql: string; params: (key: SampleKey) => unknown[] }[] = [
  { what: "lot by GTIN and lot code", sql: "select id from trace_lot where gtin = $1 and code = $2 and deleted_at is null", params: (k) => [k.gtin, k.code] },
  { what: "lot by short code", sql: "select id from trace_lot where short_code = $1 and deleted_at is null", params: (k) => [k.short_code] },
  { what: "a lot's events in order", sql: "select * from trace_event where lot_id = $1 and deleted_at is null order by seq asc", params: (k) => [k.lot_id] },
  { what: "unit serial", sql: "select id from trace_serial where serial = $1 and lot_id = $2 and deleted_at is null", params: (k) => [k.serial, k.lot_id] },
  {
    what: "a serial's scan regions",
    sql: "select count(distinct region) from trace_scan where serial_id = $1 and device_class <> 'bot' and deleted_at is null",
    params: (k) => [k.serial_id],
  },
  { what: "product by handle", sql: "select id from product where handle = $1 and deleted_at is null", params: (k) => [k.handle] },
];

type SampleKey = { gtin: string; code: string; short_code: string; lot_id: string; serial: string; serial_id: string; handle: string };

export type PlanRow = { what: string; scans: string; sequential: boolean };

export async function checkPlans(databaseUrl: string): Promise<PlanRow[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // A serialised lot with a GTIN, as a scan of a unit would name it; the newest, so generated data is picked when there is some.
    const { rows } = await db.query<SampleKey>(
      `select l.gtin, l.code, l.short_code, l.id lot_id, s.serial, s.id serial_id, p.handle
         from trace_lot l join trace_serial s on s.lot_id = l.id join product p on p.id = l.product_id
        where l.gtin is not null order by l.created_at desc, s.serial limit 1`,
    );
    const key = rows[0];
    if (!key) throw new Error("No lot with a GTIN and unit serials to check query plans with.");
    const result: PlanRow[] = [];
    for (const query of QUERIES) {
      const explained = await db.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`explain (format json) ${query.sql}`, query.params(key));
      const scans = scanNodes(explained.rows[0]?.["QUERY PLAN"][0].Plan);
      result.push({ what: query.what, scans: scans.map(describe).join(" + "), sequential: scans.some((s) => s["Node Type"] === "Seq Scan") });
    }
    return result;
  } finally {
    await db.end();
  }
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function scanNodes(node: PlanNode | undefined): PlanNode[] {
  if (!node) return [];
  const own = node["Relation Name"] || node["Index Name"] ? [node] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scanNodes)];
}

function describe(node: PlanNode): string {
  const on = node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
  return `${node["Node Type"]}${on}${node["Index Name"] ? ` (${node["Index Name"]})` : ""}`;
}
