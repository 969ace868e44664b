import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (apt-get install chromium): Playwright's own browser
// download cannot run on these machines. The flags keep it off the network.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  globalSetup: "./tests/harness/playwright-setup.ts",
  // Limits for a hung test, not speed checks (page-budgets.spec.ts and the
  // bench measure speed): a full purchase takes about 10 s on an idle machine
  // and 30–40 s on a loaded 2-core one, where a page after a click can take
  // several seconds to come.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.TEST_STOREFRONT_URL ?? `http://localhost:${process.env.TEST_STOREFRONT_PORT ?? "4421"}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        },
      },
    },
  ],
});
