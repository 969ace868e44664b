import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { ensurePlatform, platformToEnv } from "../../tests/harness/test-platform.ts";
import { repoRoot } from "../platform/config.ts";
import { assertNodeVersion } from "../platform/node-version.ts";
import { logger, runProcess } from "../platform/processes.ts";
import { formatSummary, type LayerCount, readPlaywrightReport, readVitestReport } from "./summary.ts";

/**
 * `npm test`: lint and format, types, unit tests, then one fresh platform (embedded Postgres, Medusa,
 * built storefront) shared by the integration and end-to-end layers, then the
 * summary. Every layer runs even if an earlier one failed.
 */
const reports = path.join(repoRoot, "test-results/reports");
const vitest = path.join(repoRoot, "node_modules/vitest/vitest.mjs");
const playwright = path.join(repoRoot, "node_modules/@playwright/test/cli.js");
const out = (line: string) => console.log(line);

async function layer(name: string, run: () => Promise<void>): Promise<void> {
  console.log(`\n=== ${name} ===`);
  await run().catch((error: unknown) => console.error(`${name}: ${(error as Error).message}`));
}

async function main(): Promise<number> {
  assertNodeVersion();
  await rm(reports, { recursive: true, force: true });
  await mkdir(reports, { recursive: true });
  const vitestJson = (name: string) => path.join(reports, `${name}.json`);

  let lintOk = false;
  await layer("lint and format (Biome, both sides)", async () => {
    await runProcess(process.execPath, [path.join(repoRoot, "node_modules/@biomejs/biome/bin/biome"), "check", "--error-on-warnings"], {
      cwd: repoRoot,
      env: process.env,
      log: out,
    });
    lintOk = true;
  });

  // Both sides type-check against the shared package's build: make it current first.
  await layer("shared package (@ocop/core build)", () =>
    runProcess(process.execPath, [path.join(repoRoot, "packages/core/build.mjs")], { cwd: repoRoot, env: process.env, log: out }),
  );

  let typesOk = true;
  await layer("types (astro check, tsc on the backend)", async () => {
    const astro = path.join(repoRoot, "node_modules/astro/bin/astro.mjs");
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    typesOk = false;
    await runProcess(process.execPath, [astro, "check", "--minimumSeverity", "error"], { cwd: repoRoot, env: process.env, log: out });
    await runProcess(process.execPath, [tsc, "-p", "backend", "--noEmit"], { cwd: repoRoot, env: process.env, log: out });
    typesOk = true;
  });

  await layer("unit (Vitest)", () =>
    runProcess(process.execPath, [vitest, "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson("unit")}`], {
      cwd: repoRoot,
      env: process.env,
      log: out,
    }),
  );

  console.log("\n=== starting the platform under test ===");
  const { platform, stop } = await ensurePlatform();
  const env = { ...process.env, ...platformToEnv(platform) };
  try {
    await layer("integration (Vitest, real Postgres + Medusa)", () =>
      runProcess(process.execPath, [vitest, "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson("integration")}`], {
        cwd: repoRoot,
        env,
        log: out,
      }),
    );
    await layer("end-to-end (Playwright, Chromium)", () =>
      runProcess(process.execPath, [playwright, "test", "--reporter=list,json"], {
        cwd: repoRoot,
        env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "e2e.json") },
        log: out,
      }),
    );
  } finally {
    await stop();
  }

  await layer("restart (Vitest: stop and start keep the data)", () =>
    runProcess(process.execPath, [vitest, "run", "--project", "restart", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson("restart")}`], {
      cwd: repoRoot,
      env: process.env,
      log: out,
    }),
  );

  const counts: LayerCount[] = [
    readVitestReport("unit", vitestJson("unit")),
    readVitestReport("integration", vitestJson("integration")),
    readPlaywrightReport("end-to-end", path.join(reports, "e2e.json")),
    readVitestReport("restart", vitestJson("restart")),
  ];
  console.log(`\n${lintOk ? "Lint: no warnings." : "Lint: problems (see above)."}`);
  console.log(`${typesOk ? "Types: no errors." : "Types: errors (see above)."}`);
  console.log(formatSummary(counts));
  const failed = !lintOk || !typesOk || counts.some((c) => !c.ran || c.failed > 0 || c.passed === 0);
  return failed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    logger("test", 31)(`The test run could not complete: ${(error as Error).message}`);
    process.exit(1);
  });
