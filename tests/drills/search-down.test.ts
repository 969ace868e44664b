import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * Fault drill (a): the search engine fails while the rest of the platform
 * runs. On the Postgres provider the engine is its index tables: the drill
 * renames them away (Medusa's search then fails as with an unreachable
 * Meilisearch) and back, on the shared test platform.
 */
const { storefrontUrl, backendUrl, databaseUrl, publishableKey } = inject("platform");
const db = new pg.Client({ connectionString: databaseUrl });
let tables: string[] = [];
let down = false;

/** Renames the index tables away (engine down) or back. */
async function setDown(value: boolean) {
  if (value === down) return;
  for (const table of tables) {
    const [from, to] = value ? [table, `${table}_drill_down`] : [`${table}_drill_down`, table];
    await db.query(`alter table "${from}" rename to "${to}"`);
  }
  down = value;
}

const page = async (path: string) => {
  const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual" });
  return { status: response.status, html: await response.text() };
};

beforeAll(async () => {
  await db.connect();
  tables = (await db.query<{ table_name: string }>("select table_name from search_postgres_index")).rows.map((r) => r.table_name);
  expect(tables.length).toBeGreaterThan(0);
  await setDown(true);
});

afterAll(async () => {
  await setDown(false).catch((error: unknown) => console.error("Could not restore the search index tables:", error));
  await db.end();
});

describe("the search engine down", () => {
  it("makes the search API say so", async () => {
    const response = await fetch(`${backendUrl}/store/ocop/search?q=che`, { headers: { "x-publishable-api-key": publishableKey } });
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(((await response.json()) as { message: string }).message).toBe("Search is unavailable right now.");
  });

  it("leaves the search page up with a plain notice and a way to browse", async () => {
    const search = await page("/search?q=che+tan+cuong");
    expect(search.status).toBe(200);
    expect(search.html).toContain("Tìm kiếm tạm thời không hoạt động");
    const suggest = await fetch(`${storefrontUrl}/api/search/suggest?q=che`);
    expect(await suggest.json()).toEqual({ suggestions: [], unavailable: true });
  });

  it("keeps browsing, product pages and trace pages working", async () => {
    const pages: [string, string][] = [
      ["/", "Sản phẩm nổi bật"],
      ["/products", "Chè tôm nõn Hảo Đạt"],
      ["/groups/beverages", "Rượu men lá Ngân Sơn"],
      ["/products/che-tom-non-hao-dat", "Chè tôm nõn Hảo Đạt"],
      ["/trace/01/08939990000016/10/HDTOMNON10-L01", "Hành trình của lô hàng"], // where /01/… redirects
      ["/en/products/che-tom-non-hao-dat", "Hảo Đạt bud-and-leaf green tea"],
    ];
    for (const [path, text] of pages) {
      const answer = await page(path);
      expect(answer.status, path).toBe(200);
      expect(answer.html, path).toContain(text);
    }
  });

  it("comes back as soon as the engine does", async () => {
    await setDown(false);
    const response = await fetch(`${backendUrl}/store/ocop/search?q=che+tan+cuong`, { headers: { "x-publishable-api-key": publishableKey } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { count: number }).count).toBeGreaterThan(0);
    expect((await page("/search?q=che+tan+cuong")).html).not.toContain("Tìm kiếm tạm thời không hoạt động");
  });
});
