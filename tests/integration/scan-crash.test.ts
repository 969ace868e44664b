import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type ExtraStorefront, freePort, startExtraStorefront } from "../harness/extra-storefront.ts";
import { TEST_REGION_HEADER } from "../harness/test-platform.ts";

/**
 * The README's bound ("Traceability", scans): a storefront killed with SIGKILL
 * loses no view it answered, and stores none twice. A storefront is loaded
 * with views of a lot page and a unit page, killed mid-load, and started again
 * on the same journal; every view answered 200 must then be a row, and there
 * are never more rows than views asked for.
 */
const platform = inject("platform");
const LOT = "/01/08939990000016/10/HDTOMNON10-L01";
const journalDir = mkdtempSync(path.join(tmpdir(), "scan-crash-"));
const region = `crash-${Date.now().toString(36)}`;
let storefront: ExtraStorefront | null = null;

afterAll(async () => {
  await storefront?.stop();
  rmSync(journalDir, { recursive: true, force: true });
});

async function unitPath(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ serial: string }>(
    `select s.serial from trace_serial s join trace_lot l on l.id = s.lot_id
      where l.code = 'HDTOMNON10-L01' and s.serial not like 'DEMO-%' and s.deleted_at is null order by s.serial desc limit 1`,
  );
  return `${LOT}/21/${encodeURIComponent(rows[0]?.serial ?? "")}`;
}

async function rowsStored(db: pg.Client): Promise<number> {
  return (await db.query<{ n: number }>("select count(*)::int as n from trace_scan where region = $1", [region])).rows[0]?.n ?? 0;
}

describe("a storefront killed under load", () => {
  it("loses none of the views it answered and stores none twice", async () => {
    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      const port = await freePort();
      const scans = { secret: platform.scanSecret, journalDir, port };
      storefront = await startExtraStorefront(platform.backendUrl, platform.publishableKey, scans);
      const pages = [LOT, await unitPath(db)];
      let asked = 0;
      let answered = 0;
      let killed = false;
      // Eight clients at once, each asking again as soon as it is answered, until the kill.
      const client = async (n: number) => {
        for (let i = 0; !killed; i++) {
          asked++;
          const response = await fetch(`${storefront?.url}${pages[(n + i) % 2]}`, { headers: { [TEST_REGION_HEADER]: region, "user-agent": "Mozilla/5.0 (iPhone) Mobile" } }).catch(
            () => null,
          );
          if (response?.status === 200) answered++;
          await response?.arrayBuffer().catch(() => null);
        }
      };
      const clients = Array.from({ length: 8 }, (_, n) => client(n));
      // Kill once enough views were answered that some are surely still in the queue (it sends every 250 ms).
      while (answered < 300) await new Promise((resolve) => setTimeout(resolve, 20));
      storefront.kill();
      killed = true;
      await Promise.all(clients);
      const beforeRestart = await rowsStored(db);
      const left = readdirSync(journalDir).length;

      // Started again on the same journal, it sends what the dead one left.
      storefront = await startExtraStorefront(platform.backendUrl, platform.publishableKey, scans);
      let stored = beforeRestart;
      for (let waited = 0; stored < answered && waited < 60_000; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        stored = await rowsStored(db);
      }
      expect(stored, `answered ${answered}, asked ${asked}, stored ${beforeRestart} before the restart, ${left} journal segment(s) left`).toBeGreaterThanOrEqual(answered);
      expect(stored).toBeLessThanOrEqual(asked);
    } finally {
      await db.end();
    }
  });
});
