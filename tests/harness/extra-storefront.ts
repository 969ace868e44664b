import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { repoRoot } from "../../scripts/platform/config.ts";
import { startProcess, stopProcess, waitForHttp } from "../../scripts/platform/processes.ts";
import { TEST_REGION_HEADER } from "./test-platform.ts";

/** A second instance of the built storefront, on its own port, in front of a backend of the test's choosing. */
export type ExtraStorefront = {
  url: string;
  /** Empties its in-memory caches (the tags the backend would send). */
  dropCaches: (tags: string[]) => Promise<void>;
  stop: () => Promise<void>;
  /** SIGKILL: no shutdown code runs, as in a crash. */
  kill: () => void;
};

/**
 * `scans`: the backend's TRACE_SCAN_SECRET and the journal folder, for a
 * storefront whose views must be stored (without, they wait in a journal of its own).
 * `tracePageRate`: its trace pages' TRACE_PAGE_RATE_PER_MINUTE (far above any test's, unless given).
 */
export async function startExtraStorefront(
  backendUrl: string,
  publishableKey: string,
  scans: { secret?: string; journalDir?: string; port?: number; tracePageRate?: number } = {},
): Promise<ExtraStorefront> {
  const port = scans.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const secret = randomBytes(24).toString("hex");
  const child = startProcess(process.execPath, [path.join(repoRoot, "server.mjs")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      CACHE_INVALIDATION_SECRET: secret,
      PUBLIC_SITE_URL: url,
      ...(scans.secret ? { TRACE_SCAN_SECRET: scans.secret } : {}),
      SCAN_JOURNAL_DIR: scans.journalDir ?? path.join(repoRoot, ".data/test-extra", String(port), "scan-journal"),
      TRACE_PAGE_RATE_PER_MINUTE: String(scans.tracePageRate ?? 1_000_000),
      TRACE_REGION_HEADER: TEST_REGION_HEADER,
    },
    log: () => {},
  });
  await waitForHttp(`${url}/favicon.svg`, child, 30_000);
  // The first /health sets the scan queue going (it sends what a killed storefront left in the journal).
  await fetch(`${url}/health`).catch(() => null);
  return {
    url,
    dropCaches: async (tags) => {
      const response = await fetch(`${url}/api/cache/invalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-cache-secret": secret },
        body: JSON.stringify({ tags }),
      });
      if (!response.ok) throw new Error(`The storefront refused to drop its caches (${response.status}).`);
    },
    stop: () => stopProcess(child),
    kill: () => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    },
  };
}

/** A TCP port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
