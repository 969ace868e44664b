import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale } from "../../scripts/platform/build.ts";
import { loadPlatformConfig, repoRoot } from "../../scripts/platform/config.ts";
import { isTroubleLine } from "../../scripts/platform/log-lines.ts";
import { type RunningPlatform, startPlatform } from "../../scripts/platform/platform.ts";
import { onLogLine } from "../../scripts/platform/processes.ts";

// Its own data folder and ports, apart from the shared platform under test
// (TEST_RESTART_*_PORT move them, for machines where several checkouts run tests at once).
const config = loadPlatformConfig({
  OCOP_DATA_DIR: path.join(repoRoot, ".data/test-restart"),
  POSTGRES_PORT: process.env.TEST_RESTART_POSTGRES_PORT ?? "54349",
  BACKEND_PORT: process.env.TEST_RESTART_BACKEND_PORT ?? "9110",
  STOREFRONT_PORT: process.env.TEST_RESTART_STOREFRONT_PORT ?? "4431",
  HOST: "127.0.0.1",
});

async function snapshot(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`
      select (select count(*) from product where deleted_at is null) as products,
             (select count(*) from ocop_certificate) as certificates,
             (select count(*) from api_key where type = 'publishable') as keys,
             (select metadata->>'ocop_seeded_at' from store limit 1) as seeded_at`);
    return rows[0] as Record<string, string>;
  } finally {
    await client.end();
  }
}

/** How many products the store's search finds with no words. */
async function searchCount(platform: RunningPlatform): Promise<number> {
  const response = await fetch(`${platform.backendUrl}/store/ocop/search?limit=1`, {
    headers: { "x-publishable-api-key": platform.publishableKey },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { count: number }).count;
}

describe("stopping and starting again", () => {
  let platform: RunningPlatform | undefined;
  let stopReading = () => {};
  // Built apart from the starts it tests: after a change, the build alone takes minutes on a loaded machine.
  beforeAll(() => buildIfStale(config), 900_000);
  afterAll(async () => {
    stopReading();
    await platform?.stop();
  });

  it("keeps the data, the publishable key and the secrets, and does not seed twice", async () => {
    await rm(config.dataDir, { recursive: true, force: true });
    // A newcomer's first start, and the next: nothing they print may read as an error or a warning.
    const trouble: string[] = [];
    stopReading = onLogLine((tag, line) => {
      if (isTroubleLine(line)) trouble.push(`[${tag}] ${line}`);
    });
    platform = await startPlatform(config, { dev: false });
    expect(trouble, "error or warning lines printed by a first start").toEqual([]);
    const first = await snapshot(platform.databaseUrl);
    const firstKey = platform.publishableKey;
    expect(Number(first.products)).toBeGreaterThanOrEqual(40);
    // The seed's products reach search through the index build at start, not event by event: all of them, at once.
    expect(await searchCount(platform)).toBe(Number(first.products));
    await platform.stop();

    platform = await startPlatform(config, { dev: false });
    expect(await snapshot(platform.databaseUrl)).toEqual(first);
    expect(platform.publishableKey).toBe(firstKey);
    const health = await fetch(`${platform.storefrontUrl}/health`);
    expect(health.status).toBe(200);
    expect(trouble, "error or warning lines printed by a second start").toEqual([]);
  }, 600_000); // two starts, the first one migrating and seeding: a few minutes on a loaded 2-core machine
});
