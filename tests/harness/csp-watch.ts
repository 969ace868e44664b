import { type BrowserContext, test as base, expect } from "@playwright/test";

export type { APIRequestContext, Page, Response } from "@playwright/test";
export { expect };

/** What Chromium reported as refused by a page's content security policy. */
type Violation = { directive: string; blocked: string; page: string; sample: string };

const REPORTER = "__ocopCspViolation";

/** Each `securitypolicyviolation` event of every page in the context, reported back to the test. */
async function watch(context: BrowserContext, seen: Violation[]): Promise<void> {
  await context.exposeBinding(REPORTER, (_source, violation: Violation) => void seen.push(violation));
  await context.addInitScript((reporter) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)[reporter];
      report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, page: location.pathname, sample: event.sample });
    });
  }, REPORTER);
}

/**
 * Playwright's `test` for every e2e spec: each page a test opens (in its own
 * context or in one it makes with `browser.newContext()`) is watched, and the
 * test fails when the content security policy refused anything on it, so the
 * whole e2e run shows the pages pass their own policy.
 */
export const test = base.extend<{ cspViolations: Violation[] }>({
  cspViolations: [
    async ({ browser, context }, use) => {
      const seen: Violation[] = [];
      await watch(context, seen);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const made = await newContext(options);
        await watch(made, seen);
        return made;
      };
      await use(seen);
      browser.newContext = newContext;
      expect(seen, "content security policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
