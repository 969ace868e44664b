import { backendEnv, backendSourceDir, medusaCliPath } from "./backend.ts";
import { loadPlatformConfig } from "./config.ts";
import { assertNodeVersion } from "./node-version.ts";
import { startEmbeddedPostgres } from "./postgres.ts";
import { logger, runProcess } from "./processes.ts";
import { loadOrCreateSecrets } from "./secrets.ts";

/**
 * `npm run medusa -- <command>`: runs a Medusa CLI command (db:generate ocop,
 * db:migrate, user …) in backend/ against the platform's database, starting the
 * embedded one for the duration when DATABASE_URL is not set.
 */
async function main() {
  assertNodeVersion();
  const config = loadPlatformConfig();
  const secrets = await loadOrCreateSecrets(config.dataDir);
  const log = logger("medusa", 32);
  const db = config.externalDatabaseUrl
    ? { url: config.externalDatabaseUrl, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.postgresPort, password: secrets.postgresPassword, log });
  try {
    await runProcess(process.execPath, [medusaCliPath, ...process.argv.slice(2)], {
      cwd: backendSourceDir,
      env: backendEnv(config, secrets, db.url, "development"),
      log,
    });
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
