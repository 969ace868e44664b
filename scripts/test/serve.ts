import { ensurePlatform, platformToEnv } from "../../tests/harness/test-platform.ts";

/**
 * `npm run test:serve`: starts the platform under test (fresh database, test
 * ports) and keeps it up, printing the variables that make `npm run test:e2e`
 * or `npm run test:integration` reuse it instead of starting their own.
 */
const { platform, stop } = await ensurePlatform();
const env = Object.entries(platformToEnv(platform)).map(([k, v]) => `export ${k}='${v}'`);
console.log(`\nPlatform under test is up. In another shell:\n${env.join("\n")}\nCtrl-C stops it.`);
const shutdown = () => void stop().then(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
