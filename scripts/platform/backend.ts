import type { ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { PlatformConfig } from "./config.ts";
import { repoRoot } from "./config.ts";
import { runProcess, startProcess } from "./processes.ts";
import type { PlatformSecrets } from "./secrets.ts";

/** Title of the publishable key the seed creates (backend/src/scripts/seed/store-setup.ts). */
const STOREFRONT_KEY_TITLE = "OCOP storefront";
export const medusaCliPath = path.join(repoRoot, "node_modules/@medusajs/cli/cli.js");
export const backendSourceDir = path.join(repoRoot, "backend");
/** `medusa build` writes the compiled server (and the admin) here. */
export const backendBuildDir = path.join(backendSourceDir, ".medusa/server");

/** The demo seed's Medusa Admin login (README, "Demo accounts"); never made without the demo seed. */
export const DEMO_STAFF = { email: "admin@ocop-demo.vn", password: "ocop-demo-2026" } as const;

export type BackendMode = "production" | "development";

/** The environment Medusa runs with: the operator's own, plus what start-up decided. */
export function backendEnv(config: PlatformConfig, secrets: PlatformSecrets, databaseUrl: string, mode: BackendMode): NodeJS.ProcessEnv {
  const storefrontOrigins = unique([config.siteUrl, `http://localhost:${config.storefrontPort}`]);
  return {
    ...process.env,
    NODE_ENV: mode,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    COOKIE_SECRET: secrets.cookieSecret,
    CACHE_INVALIDATION_SECRET: secrets.cacheSecret,
    TRACE_SCAN_SECRET: secrets.scanSecret,
    ORDER_PROOF_SECRET: secrets.orderSecret,
    STOREFRONT_URLS: process.env.STOREFRONT_URLS || `http://localhost:${config.storefrontPort}`,
    PORT: String(config.backendPort),
    PUBLIC_SITE_URL: config.siteUrl,
    MEDUSA_BACKEND_URL: config.backendUrl,
    // Beside the database, not in .medusa/server, which every build empties.
    UPLOAD_DIR: process.env.UPLOAD_DIR || path.join(config.dataDir, "uploads"),
    MEDUSA_ADMIN: config.adminEnabled ? "true" : "false",
    SEED_DEMO: config.seedDemo ? "true" : "false",
    STORE_CORS: process.env.STORE_CORS || storefrontOrigins.join(","),
    ADMIN_CORS: process.env.ADMIN_CORS || config.backendUrl,
    AUTH_CORS: process.env.AUTH_CORS || unique([...storefrontOrigins, config.backendUrl]).join(","),
  };
}

function medusa(args: string[], mode: BackendMode, env: NodeJS.ProcessEnv, log: (l: string) => void) {
  const cwd = mode === "production" ? backendBuildDir : backendSourceDir;
  return { command: process.execPath, args: [medusaCliPath, ...args], options: { cwd, env, log } };
}

/** Applies Medusa's migrations and link syncs; safe on every start. */
export async function migrate(mode: BackendMode, env: NodeJS.ProcessEnv, log: (l: string) => void) {
  const m = medusa(["db:migrate"], mode, env, log);
  await runProcess(m.command, m.args, m.options);
}

/** Seeds the store once: the seed marks the store, and a marked store is left alone. */
export async function seedOnce(mode: BackendMode, env: NodeJS.ProcessEnv, log: (l: string) => void) {
  const databaseUrl = env.DATABASE_URL ?? "";
  const seededAt = await queryOne<{ seeded_at: string | null }>(databaseUrl, "select metadata->>'ocop_seeded_at' as seeded_at from store order by created_at limit 1");
  if (seededAt?.seeded_at) {
    log(`data seeded on ${seededAt.seeded_at}; not seeding again`);
    return;
  }
  // The staff login first: the seed marks the store as seeded when it ends, so
  // anything made after it would be skipped for good by a crash in between.
  if (env.SEED_DEMO !== "false") await createDemoStaff(mode, env, log);
  const script = mode === "production" ? "./src/scripts/seed.js" : "./src/scripts/seed.ts";
  const m = medusa(["exec", script], mode, env, log);
  await runProcess(m.command, m.args, m.options);
}

async function createDemoStaff(mode: BackendMode, env: NodeJS.ProcessEnv, log: (l: string) => void) {
  const existing = await queryOne(env.DATABASE_URL ?? "", `select id from "user" where email = $1 and deleted_at is null`, [DEMO_STAFF.email]);
  if (existing) return;
  const m = medusa(["user", "-e", DEMO_STAFF.email, "-p", DEMO_STAFF.password], mode, env, log);
  await runProcess(m.command, m.args, m.options);
  log(`demo staff login for the Admin: ${DEMO_STAFF.email} / ${DEMO_STAFF.password}`);
}

/** The storefront's publishable key, read from the database the seed wrote it to. */
export async function readPublishableKey(databaseUrl: string): Promise<string> {
  const row = await queryOne<{ token: string }>(
    databaseUrl,
    `select token from api_key
      where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null
      order by created_at limit 1`,
    [STOREFRONT_KEY_TITLE],
  );
  if (!row) {
    throw new Error(`No publishable API key titled "${STOREFRONT_KEY_TITLE}" in the database: the seed did not run. Run \`npm start\` again, or set MEDUSA_PUBLISHABLE_KEY.`);
  }
  return row.token;
}

/** Starts Medusa: `medusa start` on the build, or `medusa develop` with hot reload. */
export function startBackend(mode: BackendMode, env: NodeJS.ProcessEnv, log: (l: string) => void): ChildProcess {
  const m = medusa([mode === "production" ? "start" : "develop"], mode, env, log);
  return startProcess(m.command, m.args, m.options);
}

/**
 * Waits until every search index serves reads. On a first start Medusa builds
 * them after it starts listening (from the database, the seed included); until
 * then a search fails, so the platform is not ready. Later starts find them
 * active at once. Rejects if `backend` exits or after `timeoutMs`.
 */
export async function waitForSearchIndexes(databaseUrl: string, backend: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let unbuilt: string[] = [];
  while (Date.now() < deadline) {
    if (backend.exitCode !== null || backend.signalCode !== null) {
      throw new Error("The backend exited while it built the search indexes (see its log above).");
    }
    const rows = await queryAll<{ name: string }>(databaseUrl, "select name from search_index where deleted_at is null and active_version is null order by name");
    unbuilt = rows.map((r) => r.name);
    if (unbuilt.length === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The search indexes ${unbuilt.join(", ")} were not built within ${Math.round(timeoutMs / 1000)} s (see the backend's log above).`);
}

async function queryOne<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await queryAll<T>(databaseUrl, sql, params))[0];
}

async function queryAll<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
