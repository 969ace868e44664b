import { rm } from "node:fs/promises";
import path from "node:path";
import { loadPlatformConfig, type PlatformConfig, repoRoot } from "../../scripts/platform/config.ts";
import { startPlatform } from "../../scripts/platform/platform.ts";

/** What a test needs to reach the platform under test. */
export type PlatformUnderTest = {
  storefrontUrl: string;
  backendUrl: string;
  databaseUrl: string;
  publishableKey: string;
  /** For POST /internal/trace/scans (header x-scan-secret), as a storefront sends it. */
  scanSecret: string;
  /** ORDER_PROOF_SECRET: for computing an order's proof (header x-order-proof) or a signed order cookie. */
  orderSecret: string;
};

/** Ports and data folder of the test platform: apart from `npm start`'s, so both can run at once. */
export function testPlatformConfig(): PlatformConfig {
  return loadPlatformConfig({
    ...process.env,
    OCOP_DATA_DIR: path.join(repoRoot, ".data/test"),
    POSTGRES_PORT: process.env.TEST_POSTGRES_PORT ?? "54339",
    BACKEND_PORT: process.env.TEST_BACKEND_PORT ?? "9100",
    STOREFRONT_PORT: process.env.TEST_STOREFRONT_PORT ?? "4421",
    HOST: "127.0.0.1",
    PUBLIC_SITE_URL: "",
    MEDUSA_BACKEND_URL: "",
    DATABASE_URL: "",
    SEED_DEMO: "true",
  });
}

/**
 * The test storefront believes a region from its trusted proxy (loopback: the
 * tests themselves) in TEST_REGION_HEADER, and rate-limits trace pages far
 * above what any test sends from its one address.
 */
export const TEST_REGION_HEADER = "x-test-proxy-region";
const TEST_STOREFRONT_ENV = {
  TRACE_REGION_HEADER: TEST_REGION_HEADER,
  TRACE_PAGE_RATE_PER_MINUTE: process.env.TRACE_PAGE_RATE_PER_MINUTE ?? "1000000",
};

/** SEPAY_WEBHOOK_KEY of the platform under test, unless the operator set one (tests/integration/bank-transfers.test.ts). */
export const TEST_SEPAY_KEY = process.env.SEPAY_WEBHOOK_KEY || "test-sepay-webhook-key-0123456789";

const ENV_KEYS = {
  storefrontUrl: "TEST_STOREFRONT_URL",
  backendUrl: "TEST_BACKEND_URL",
  databaseUrl: "TEST_DATABASE_URL",
  publishableKey: "TEST_PUBLISHABLE_KEY",
  scanSecret: "TEST_SCAN_SECRET",
  orderSecret: "TEST_ORDER_SECRET",
} as const;

/** The platform another process already started for this run, if any. */
export function platformFromEnv(): PlatformUnderTest | undefined {
  const values = Object.fromEntries(Object.entries(ENV_KEYS).map(([k, env]) => [k, process.env[env]]));
  return Object.values(values).every(Boolean) ? (values as PlatformUnderTest) : undefined;
}

/** Hands the platform to child processes (test runners) through the environment. */
export function platformToEnv(platform: PlatformUnderTest): Record<string, string> {
  return Object.fromEntries(Object.entries(ENV_KEYS).map(([k, env]) => [env, platform[k as keyof PlatformUnderTest]]));
}

/**
 * Starts a fresh platform (a new, empty database: migrations and seed run as on
 * a first `npm start`) unless one was handed over, and returns how to stop it.
 */
export async function ensurePlatform(): Promise<{ platform: PlatformUnderTest; stop: () => Promise<void> }> {
  const existing = platformFromEnv();
  if (existing) return { platform: existing, stop: async () => {} };
  // The backend takes its environment from this process: tests sign SePay notifications with this key.
  process.env.SEPAY_WEBHOOK_KEY ||= TEST_SEPAY_KEY;
  const config = testPlatformConfig();
  await rm(config.dataDir, { recursive: true, force: true });
  const running = await startPlatform(config, { dev: false, storefrontEnv: TEST_STOREFRONT_ENV });
  return {
    platform: {
      storefrontUrl: running.storefrontUrl,
      backendUrl: running.backendUrl,
      databaseUrl: running.databaseUrl,
      publishableKey: running.publishableKey,
      scanSecret: running.scanSecret,
      orderSecret: running.orderSecret,
    },
    stop: running.stop,
  };
}
