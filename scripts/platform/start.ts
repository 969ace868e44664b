import { existsSync } from "node:fs";
import path from "node:path";
import { loadPlatformConfig, repoRoot } from "./config.ts";
import { assertNodeVersion } from "./node-version.ts";
import { startPlatform } from "./platform.ts";

/**
 * `npm start` (production build) and `npm run dev` (hot reload on both sides):
 * the whole platform on one machine, stopped cleanly by Ctrl-C or SIGTERM.
 */
async function main() {
  assertNodeVersion();
  const dotEnv = path.join(repoRoot, ".env");
  if (existsSync(dotEnv)) process.loadEnvFile(dotEnv); // variables already set win
  const dev = process.argv.includes("--dev");
  const config = loadPlatformConfig();
  const platform = await startPlatform(config, { dev });

  console.log(`
  OCOP platform is running${dev ? " (development, hot reload)" : ""}:
    Storefront  ${config.siteUrl}   (listening on port ${config.storefrontPort})
    Health      ${platform.storefrontUrl}/health
    Backend     ${platform.backendUrl}
    Admin       ${config.adminEnabled ? `${platform.backendUrl}/app` : "disabled (MEDUSA_ADMIN=false)"}
  Press Ctrl-C to stop.
`);

  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping (${reason})…`);
    await platform.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  const crashed = await platform.exited;
  await shutdown(crashed, 1);
}

main().catch((error: unknown) => {
  console.error(`\nThe platform could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
