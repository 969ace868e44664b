import { pathToFileURL } from "node:url";
import { DEMO_STAFF } from "../platform/backend.ts";
import { loadPlatformConfig } from "../platform/config.ts";

/**
 * `npm run search:reindex [index]`: rebuilds a search index (default "product")
 * on the running platform through Medusa's Admin API, showing its status until
 * it is ready, then how many documents it serves. Staff login from
 * OCOP_ADMIN_EMAIL / OCOP_ADMIN_PASSWORD (the demo staff account by default).
 */
/** Rebuilds `index` on the backend at `base` and waits until it is ready, logging its status. */
export async function reindexSearch(base: string, index = "product", log: (line: string) => void = console.log): Promise<void> {
  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: process.env.OCOP_ADMIN_EMAIL ?? DEMO_STAFF.email, password: process.env.OCOP_ADMIN_PASSWORD ?? DEMO_STAFF.password }),
  }).catch(() => null);
  if (!login?.ok) throw new Error(`Cannot log in to ${base} (is the platform running? set OCOP_ADMIN_EMAIL / OCOP_ADMIN_PASSWORD).`);
  const { token } = (await login.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

  const started = Date.now();
  const job = await fetch(`${base}/admin/search-indexes/${encodeURIComponent(index)}/reindex`, { method: "POST", headers, body: "{}" });
  if (job.status !== 202) throw new Error(`Reindex of "${index}" refused: ${job.status} ${await job.text()}`);
  const { job_id } = (await job.json()) as { job_id?: string };
  // The rebuild runs as a background job into a new version of the index; the
  // old version keeps serving (and reports "ready") until the swap. Medusa's
  // log shows each batch ("[Search] … documents synced").
  log(`Rebuilding search index "${index}" (job ${job_id ?? "?"}); progress per batch is in the backend's log.`);

  let last = "";
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const { search_indexes } = (await (await fetch(`${base}/admin/search-indexes`, { headers })).json()) as {
      search_indexes: { name: string; status: string }[];
    };
    const status = search_indexes.find((i) => i.name === index)?.status ?? "unknown";
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (status !== last) log(`  ${seconds.padStart(4)} s  ${status}`);
    last = status;
    if (status === "ready" || status === "error" || status === "unknown") break;
  }
  if (last !== "ready") throw new Error(`Index "${index}" ended as ${last}; see the backend's log.`);
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  reindexSearch(loadPlatformConfig().backendUrl, process.argv[2] ?? "product").catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
