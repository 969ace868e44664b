import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { type BackendMode, backendEnv, migrate, readPublishableKey, seedOnce, startBackend, waitForSearchIndexes } from "./backend.ts";
import { buildIfStale } from "./build.ts";
import { type PlatformConfig, repoRoot } from "./config.ts";
import { startEmbeddedPostgres } from "./postgres.ts";
import { assertPortFree, logger, startProcess, stopProcess, waitForHttp } from "./processes.ts";
import { loadOrCreateSecrets, type PlatformSecrets } from "./secrets.ts";

export type RunningPlatform = {
  storefrontUrl: string;
  backendUrl: string;
  databaseUrl: string;
  publishableKey: string;
  /** What a storefront sends (header x-scan-secret) with its batches of trace-page views. */
  scanSecret: string;
  /** What the storefront signs order cookies with and proves a guest's order with (header x-order-proof). */
  orderSecret: string;
  /** Resolves when a part of the platform stops on its own (a crash). */
  exited: Promise<string>;
  stop: () => Promise<void>;
};

const READY_TIMEOUT_MS = 180_000;

/**
 * Brings the whole platform up: database (embedded unless DATABASE_URL is set),
 * migrations, the first-run seed, Medusa and its search indexes, then the
 * storefront. Whatever started is stopped again if a later step fails.
 */
/** `storefrontEnv`: settings of the storefront's own for this platform (the bench and the test platform set their trace-page rate limit and region header). */
export async function startPlatform(config: PlatformConfig, options: { dev: boolean; storefrontEnv?: Record<string, string> }): Promise<RunningPlatform> {
  const mode: BackendMode = options.dev ? "development" : "production";
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse().splice(0)) await stopOne().catch(() => {});
  };
  try {
    await assertPortFree(config.backendPort, "BACKEND_PORT");
    await assertPortFree(config.storefrontPort, "STOREFRONT_PORT");
    if (config.externalDatabaseUrl === undefined) await assertPortFree(config.postgresPort, "POSTGRES_PORT");
    const secrets = await loadOrCreateSecrets(config.dataDir);
    if (!options.dev) await buildIfStale(config);

    let databaseUrl = config.externalDatabaseUrl;
    if (databaseUrl === undefined) {
      const log = logger("postgres", 34);
      const db = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.postgresPort,
        password: secrets.postgresPassword,
        log,
      });
      stoppers.push(db.stop);
      databaseUrl = db.url;
      log(`embedded PostgreSQL on port ${config.postgresPort}, data in ${path.relative(repoRoot, config.dataDir)}/postgres`);
    }

    const backendLog = logger("backend", 32);
    const env = { ...backendEnv(config, secrets, databaseUrl, mode), HOST: config.host };
    await migrate(mode, env, backendLog);
    await seedOnce(mode, env, backendLog);
    const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || (await readPublishableKey(databaseUrl));

    const backend = startBackend(mode, env, backendLog);
    stoppers.push(() => stopProcess(backend));
    await waitForHttp(`${config.backendUrl}/health`, backend, READY_TIMEOUT_MS);
    // A server-only Medusa leaves building the indexes to its workers (README, "Past one machine").
    if (process.env.MEDUSA_WORKER_MODE !== "server") await waitForSearchIndexes(databaseUrl, backend, READY_TIMEOUT_MS);

    const storefront = startStorefront(config, publishableKey, secrets, options.dev, options.storefrontEnv ?? {});
    stoppers.push(() => stopProcess(storefront));
    const storefrontUrl = `http://localhost:${config.storefrontPort}`;
    await waitForHttp(`${storefrontUrl}/health`, storefront, READY_TIMEOUT_MS);

    return {
      storefrontUrl,
      backendUrl: config.backendUrl,
      databaseUrl,
      publishableKey,
      scanSecret: secrets.scanSecret,
      orderSecret: secrets.orderSecret,
      exited: Promise.race([exitOf(backend, "backend"), exitOf(storefront, "storefront")]),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function startStorefront(config: PlatformConfig, publishableKey: string, secrets: PlatformSecrets, dev: boolean, own: Record<string, string>): ChildProcess {
  const env = {
    ...process.env,
    ...own,
    HOST: config.host,
    PORT: String(config.storefrontPort),
    MEDUSA_BACKEND_URL: config.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    CACHE_INVALIDATION_SECRET: secrets.cacheSecret,
    TRACE_SCAN_SECRET: secrets.scanSecret,
    ORDER_PROOF_SECRET: secrets.orderSecret,
    // Views not yet sent to the backend are journaled here, so a restart loses none.
    SCAN_JOURNAL_DIR: path.join(config.dataDir, "scan-journal"),
    PUBLIC_SITE_URL: config.siteUrl,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const args = dev
    ? [path.join(repoRoot, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(config.storefrontPort), "--host", config.host]
    : [path.join(repoRoot, "server.mjs")];
  return startProcess(process.execPath, args, { cwd: repoRoot, env, log: logger("storefront", 33) });
}

function exitOf(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(`${name} exited (${signal ?? `code ${code}`})`)));
}
