import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { loadPlatformConfig, repoRoot } from "../../scripts/platform/config.ts";
import { type RunningPlatform, startPlatform } from "../../scripts/platform/platform.ts";

// Its own data folder and ports, apart from the shared platform under test.
const config = loadPlatformConfig({
  OCOP_DATA_DIR: path.join(repoRoot, ".data/test-restart"),
  POSTGRES_PORT: "54349",
  BACKEND_PORT: "9110",
  STOREFRONT_PORT: "4431",
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

describe("stopping and starting again", () => {
  let platform: RunningPlatform | undefined;
  afterAll(async () => {
    await platform?.stop();
  });

  it("keeps the data, the publishable key and the secrets, and does not seed twice", async () => {
    await rm(config.dataDir, { recursive: true, force: true });
    platform = await startPlatform(config, { dev: false });
    const first = await snapshot(platform.databaseUrl);
    const firstKey = platform.publishableKey;
    expect(Number(first.products)).toBeGreaterThanOrEqual(40);
    await platform.stop();

    platform = await startPlatform(config, { dev: false });
    expect(await snapshot(platform.databaseUrl)).toEqual(first);
    expect(platform.publishableKey).toBe(firstKey);
    const health = await fetch(`${platform.storefrontUrl}/health`);
    expect(health.status).toBe(200);
  }, 300_000);
});
