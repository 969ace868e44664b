import { ensurePlatform, platformToEnv } from "./test-platform.ts";

/**
 * Playwright global setup: starts the platform unless `npm test` already did,
 * and hands it to the test workers through the environment.
 */
export default async function globalSetup() {
  const { platform, stop } = await ensurePlatform();
  Object.assign(process.env, platformToEnv(platform));
  return stop;
}
