import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { backendBuildDir, backendEnv, medusaCliPath } from "../platform/backend.ts";
import { loadPlatformConfig, repoRoot } from "../platform/config.ts";
import { startPlatform } from "../platform/platform.ts";
import { logger, runProcess } from "../platform/processes.ts";
import { loadOrCreateSecrets } from "../platform/secrets.ts";
import { reindexSearch } from "../search/reindex.ts";

/**
 * `npm run bench:search [products]`: a benchmark, not a test. Starts the
 * platform on a database of its own, adds N synthetic OCOP products (default
 * 16,000, the national scale), rebuilds the index, then times typical queries
 * on the Postgres provider and prints p50 / p95 per query.
 */
const products = Number(process.argv[2] ?? process.env.BENCH_PRODUCTS ?? 16_000);
const ROUNDS = 30;
const QUERIES = ["che tan cuong", "mien dong", "mat ong", "tra", "mieen dong", "honey", "gao phu binh", "homestay", "ruou men la", "thổ cẩm"];
const log = logger("bench", 35);

const config = loadPlatformConfig({
  ...process.env,
  OCOP_DATA_DIR: path.join(repoRoot, ".data/bench"),
  POSTGRES_PORT: "54359",
  BACKEND_PORT: "9130",
  STOREFRONT_PORT: "4451",
  HOST: "127.0.0.1",
  DATABASE_URL: "",
});

/** The version of an index that serves searches (the Search Module's own bookkeeping). */
async function activeVersion(databaseUrl: string, index: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ active_version: number | null }>("select active_version from search_index where name = $1", [index]);
    return rows[0]?.active_version ?? 0;
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

await rm(config.dataDir, { recursive: true, force: true });
const platform = await startPlatform(config, { dev: false });
try {
  const secrets = await loadOrCreateSecrets(config.dataDir);
  log(`adding ${products} synthetic products…`);
  const started = Date.now();
  await runProcess(process.execPath, [medusaCliPath, "exec", "./src/scripts/bench-catalogue.js"], {
    cwd: backendBuildDir,
    env: { ...backendEnv(config, secrets, platform.databaseUrl, "production"), BENCH_PRODUCTS: String(products) },
    log: (line) => (line.includes("bench catalogue") ? log(line.replace(/.*bench catalogue: /, "  ").replace(/".*/, "")) : undefined),
  });
  log(`catalogue ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // A rebuild fills a new version while the old one serves, and swaps it in when
  // complete: timing before the swap would measure searches racing the rebuild.
  const before = await activeVersion(platform.databaseUrl, "product");
  await reindexSearch(platform.backendUrl, "product", log);
  while ((await activeVersion(platform.databaseUrl, "product")) <= before) await new Promise((r) => setTimeout(r, 1000));
  log(`index rebuilt in ${((Date.now() - started) / 1000).toFixed(0)} s since the catalogue started`);

  const rows: string[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const response = await fetch(`${platform.backendUrl}/store/ocop/search?q=${encodeURIComponent(q)}&limit=20`, {
        headers: { "x-publishable-api-key": platform.publishableKey },
      });
      const body = (await response.json()) as { count: number };
      times.push(performance.now() - t0);
      count = body.count;
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${q.padEnd(14)} | ${String(count).padStart(6)} | ${percentile(times, 50).toFixed(1).padStart(7)} | ${percentile(times, 95).toFixed(1).padStart(7)} |`);
  }
  console.log(`\nSearch latency, Postgres provider, ${products + 43} products, ${ROUNDS} requests per query (ms, through HTTP):\n`);
  console.log("| query          |   hits |     p50 |     p95 |\n| --- | ---: | ---: | ---: |");
  console.log(rows.join("\n"));
} finally {
  await platform.stop();
}
