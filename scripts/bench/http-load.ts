import autocannon from "autocannon";
import { type RunFigures, summarise } from "./stats.ts";

/**
 * One load run with autocannon at a fixed number of connections: either one
 * URL for `seconds`, or each of `paths` once (no path asked twice, so every
 * request misses the storefront's caches). Each response's latency is kept,
 * so p95 is exact (autocannon's own summary has p97.5, not p95). A run whose
 * requests fail or answer other than 2xx is reported, not hidden.
 */
export async function runLoad(options: {
  origin: string;
  connections: number;
  headers?: Record<string, string>;
  /** One path for a timed run… */
  path?: string;
  seconds?: number;
  /** …or distinct paths, each requested once. */
  paths?: readonly string[];
}): Promise<RunFigures & { non2xx: number; sent: number }> {
  const latencies: number[] = [];
  const queue = [...(options.paths ?? [])];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${options.origin}${options.path ?? "/"}`,
        connections: options.paths ? Math.min(options.connections, queue.length) : options.connections,
        headers: options.headers,
        ...(options.paths
          ? {
              amount: queue.length,
              // One shared queue for all connections: autocannon's clients share this process.
              requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: queue.shift() ?? "/" }) }],
            }
          : { duration: options.seconds ?? 10 }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const seconds = result.duration || (performance.now() - started) / 1000;
  // `sent` counts requests still under way when a timed run stopped: the server may have answered them unseen.
  return { ...summarise(latencies, result.errors, seconds), non2xx: result.non2xx, sent: (result.requests as { sent?: number }).sent ?? latencies.length };
}
