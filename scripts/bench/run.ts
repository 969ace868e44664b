import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { loadPlatformConfig, repoRoot } from "../platform/config.ts";
import { assertNodeVersion } from "../platform/node-version.ts";
import { startPlatform } from "../platform/platform.ts";
import { logger } from "../platform/processes.ts";
import { coldPaths } from "./cold-pages.ts";
import { generateCatalogue } from "./generate/catalogue.ts";
import { type Counts, countsAt } from "./generate/scale.ts";
import { runLoad } from "./http-load.ts";
import { lighthouseMobile } from "./lighthouse.ts";
import { parseBenchOptions } from "./options.ts";
import { checkPlans } from "./plans.ts";
import { formatReport, type ReportRow } from "./report.ts";
import { countScansSince, unitPath } from "./scans.ts";
import { BROWSER_ENCODINGS, removeStaticCopies, saveStaticCopy } from "./static-copies.ts";

/**
 * `npm run bench [-- --scale 0.05]`: a benchmark, not a test. Starts the
 * production build on a database of its own (.data/bench, ports apart from
 * `npm start` and the tests), optionally generates a catalogue of the given
 * scale (1 = national), then measures trace pages, a product page and search
 * with autocannon — first request, cold (every request a page not yet asked
 * for), cached — each against a static copy of the same page on the same
 * server, runs Lighthouse (mobile) on the trace and product pages, and checks
 * the query plans behind them. Every page is asked for as a browser asks
 * (Accept-Encoding: br, gzip), and each static copy is the page's encoded
 * bytes. Counts the scans the trace runs made and the rows stored once the
 * storefront's queue has flushed them. Prints Markdown tables.
 */
/** The lot's trace page: its GS1 Digital Link URI (/01/…) redirects there. */
const TRACE_GS1 = "/trace/01/08939990000016/10/HDTOMNON10-L01";
const TRACE_SHORT = "/t/DM000002";
const PRODUCT = "/products/che-tom-non-hao-dat";
const SEARCH_PAGE = "/search?q=che+tan+cuong";
const SEARCH_API = "/store/ocop/search?q=che+tan+cuong&limit=20";

const log = logger("bench", 35);
const WARM_UP_SECONDS = 2;
let options: ReturnType<typeof parseBenchOptions>;
try {
  assertNodeVersion();
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const config = loadPlatformConfig({
  ...process.env,
  OCOP_DATA_DIR: path.join(repoRoot, ".data/bench"),
  POSTGRES_PORT: "54359",
  BACKEND_PORT: "9130",
  STOREFRONT_PORT: "4451",
  HOST: "127.0.0.1",
  DATABASE_URL: "",
  PUBLIC_SITE_URL: "",
  MEDUSA_BACKEND_URL: "",
});
type Marker = { scale: number | null; counts: Counts | null; generatedSeconds: number; at: string };
const markerFile = path.join(config.dataDir, "bench-catalogue.json");

if (options.reuse && !existsSync(markerFile)) {
  console.error(`--reuse: no catalogue in ${path.relative(repoRoot, config.dataDir)} yet. Run \`npm run bench\` (with --scale for a large one) first.`);
  process.exit(2);
}
if (!options.reuse) await rm(config.dataDir, { recursive: true, force: true });

// The bench views one page from one client thousands of times a second: far past the trace pages' rate limit.
const platform = await startPlatform(config, { dev: false, storefrontEnv: { TRACE_PAGE_RATE_PER_MINUTE: "1000000000" } });
try {
  if (!options.reuse) {
    const started = Date.now();
    const counts = options.scale === null ? null : countsAt(options.scale);
    if (counts) {
      log(`generating a catalogue at scale ${options.scale}: ${JSON.stringify(counts)}`);
      await generateCatalogue(config, platform, counts, log);
    }
    const marker: Marker = { scale: options.scale, counts, generatedSeconds: (Date.now() - started) / 1000, at: new Date().toISOString() };
    await writeFile(markerFile, JSON.stringify(marker, null, 2));
  }
  const catalogue = JSON.parse(await readFile(markerFile, "utf8")) as Marker;
  const storefront = platform.storefrontUrl;
  const rows: ReportRow[] = [];
  const cold = await coldPaths(platform.databaseUrl);
  const unit = await unitPath(platform.databaseUrl);
  const load = { origin: storefront, connections: options.connections, headers: BROWSER_ENCODINGS };
  const scansFrom = new Date();
  // Views of trace pages answered 200, and all asked for (a timed run stops with some under way).
  const views = { answered: 0, asked: 0 };

  // The storefront has served none of these pages yet: its caches are empty.
  const first: Record<string, ReportRow["figures"]> = {};
  for (const page of [TRACE_GS1, TRACE_SHORT, unit, PRODUCT, SEARCH_PAGE]) first[page] = await runLoad({ ...load, paths: [page] });
  views.answered += 3;
  views.asked += 3;

  const pages = [
    { name: "trace-gs1", label: `trace \`${TRACE_GS1}\``, path: TRACE_GS1, cold: cold.gs1, coldLabel: "lots", scans: true },
    { name: "trace-short", label: `trace \`${TRACE_SHORT}\``, path: TRACE_SHORT, cold: cold.short, coldLabel: "lots", scans: true },
    { name: "trace-unit", label: `unit \`${unit}\``, path: unit, cold: [], coldLabel: "", scans: true },
    { name: "product", label: `product \`${PRODUCT}\``, path: PRODUCT, cold: cold.products, coldLabel: "products", scans: false },
    { name: "search", label: `search page \`${SEARCH_PAGE}\``, path: SEARCH_PAGE, cold: [], coldLabel: "", scans: false },
  ];
  const count = (run: Awaited<ReturnType<typeof runLoad>>) => {
    views.answered += run.requests - run.non2xx;
    views.asked += run.sent;
  };
  for (const page of pages) {
    log(`measuring ${page.path}…`);
    const copy = await saveStaticCopy(storefront, page.name, page.path);
    // Each timed run follows an unmeasured warm-up of the same path, so neither side is timed while its code is still being compiled.
    await runLoad({ ...load, path: copy.path, seconds: WARM_UP_SECONDS });
    const limit = await runLoad({ ...load, path: copy.path, seconds: options.duration });
    const figures = { ...(first[page.path] as ReportRow["figures"]) };
    rows.push({ page: page.label, run: "first request", figures, limit });
    if (page.cold.length) {
      const coldRun = await runLoad({ ...load, paths: page.cold });
      rows.push({ page: page.label, run: `cold (${page.cold.length} ${page.coldLabel}, each once)`, figures: coldRun, limit });
      if (page.scans) count(coldRun);
    }
    const warmUp = await runLoad({ ...load, path: page.path, seconds: WARM_UP_SECONDS });
    const repeated = await runLoad({ ...load, path: page.path, seconds: options.duration });
    rows.push({ page: page.label, run: page.cold.length || page.scans ? "cached" : "repeated", figures: repeated, limit });
    rows.push({ page: page.label, run: `static copy (${copy.encoding}, ${(copy.bytes / 1024).toFixed(1)} KB)`, figures: { ...limit, non2xx: 0 } });
    if (page.scans) {
      count(warmUp);
      count(repeated);
      // and the fetch that saved its copy
      views.answered++;
      views.asked++;
    }
  }
  log("waiting for the storefront's scan queue to flush…");
  const scansStored = await countScansSince(platform.databaseUrl, scansFrom, views.answered);
  const scansHeld = scansStored >= views.answered && scansStored <= views.asked;
  log("measuring the search API…");
  const api = await runLoad({
    origin: platform.backendUrl,
    connections: options.connections,
    path: SEARCH_API,
    seconds: options.duration,
    headers: { "x-publishable-api-key": platform.publishableKey },
  });
  rows.push({ page: `backend \`${SEARCH_API}\``, run: "repeated", figures: api });

  const lighthouse = options.lighthouse ? await lighthouseMobile(storefront, [TRACE_GS1, PRODUCT]) : [];
  const plans = await checkPlans(platform.databaseUrl);

  const size = catalogue.counts
    ? `scale ${catalogue.scale}: ${Object.entries(catalogue.counts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", ")} generated beside the demo seed in ${(catalogue.generatedSeconds / 60).toFixed(1)} min`
    : "the demo seed (43 products, 40 lots)";
  const report = [
    `Catalogue: ${size}.`,
    `Machine: ${availableParallelism()} cores, Node ${process.version}; ${options.connections} connections, ${options.duration} s per timed run; ${new Date().toISOString().slice(0, 10)}.`,
    "",
    formatReport(rows),
    "",
    `Scans: the load generator had ${views.answered.toLocaleString("en")} views of trace pages answered (${views.asked.toLocaleString("en")} asked for, counting those under way when a timed run stopped); ${scansStored.toLocaleString("en")} rows were stored once the queue had flushed: ${scansHeld ? "none lost, none doubled" : "⚠ outside that range"}.`,
    "",
    lighthouse.length ? "| Lighthouse (mobile) | performance | LCP ms |\n| --- | ---: | ---: |" : "Lighthouse: skipped (--no-lighthouse).",
    ...lighthouse.map((l) => `| \`${l.path}\` | ${l.score} | ${Math.round(l.lcpMs)} |`),
    "",
    "| query behind the pages | plan |\n| --- | --- |",
    ...plans.map((p) => `| ${p.what} | ${p.scans}${p.sequential ? " ⚠ sequential" : ""} |`),
  ].join("\n");
  console.log(`\n${report}\n`);
  await writeFile(path.join(config.dataDir, "bench-report.md"), `${report}\n`);
  log(`report saved in ${path.relative(repoRoot, path.join(config.dataDir, "bench-report.md"))}`);
} finally {
  await removeStaticCopies();
  await platform.stop();
}
