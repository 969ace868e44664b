import { defineConfig } from "vitest/config";

// Two layers: "unit" (pure logic beside the code, no services) and
// "integration" (real Postgres + real Medusa + the built storefront, started
// once by tests/harness/vitest-setup.ts unless `npm test` already did).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "backend/src/**/*.test.ts", "packages/*/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/drills/**/*.test.ts", "backend/integration-tests/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/harness/vitest-setup.ts"],
          // Limits for a hung test, not speed checks: on a loaded 2-core machine a
          // test that waits twice for subscribers (30 s each at most) still fits.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One platform serves every file; running files one at a time keeps
          // tests that change data from racing each other.
          fileParallelism: false,
        },
      },
      {
        // Fault drills too slow or too disruptive for `npm test`, each on a platform of its own: `npm run drills`.
        test: {
          name: "drills",
          include: ["tests/drills/**/*.drill.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: "restart",
          include: ["tests/restart/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
