import type { RunFigures } from "./stats.ts";

/** One line of the bench's table: a page (or API) in one kind of run, and the static copy it is held against. */
export type ReportRow = { page: string; run: string; figures: RunFigures & { non2xx: number }; limit?: RunFigures };

const ms = (value: number) => (Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(1) : value.toFixed(0));
const rate = (value: number) => (Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en"));
const ratio = (value: number) => (Number.isFinite(value) ? (value < 0.1 ? value.toFixed(3) : value.toFixed(2)) : "–");

/**
 * The table `npm run bench` prints (Markdown, so it can go into the README):
 * throughput and latency of each run, failures, and each against the static
 * copy of the same page on the same server (its limit): "of static" is the
 * share of the static copy's throughput, "× static p50" how many times its
 * median latency.
 */
export function formatReport(rows: readonly ReportRow[]): string {
  const header = "| page | run | requests | failed | req/s | p50 ms | p95 ms | p99 ms | req/s of static | × static p50 |";
  const align = "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  const lines = rows.map(({ page, run, figures: f, limit }) => {
    const failed = f.errors + f.non2xx;
    const timed = run !== "first request";
    return `| ${page} | ${run} | ${f.requests.toLocaleString("en")} | ${failed} | ${timed ? rate(f.rps) : "–"} | ${ms(f.p50)} | ${timed ? ms(f.p95) : "–"} | ${timed ? ms(f.p99) : "–"} | ${limit && timed ? ratio(f.rps / limit.rps) : "–"} | ${limit ? ratio(f.p50 / limit.p50) : "–"} |`;
  });
  return [header, align, ...lines].join("\n");
}
