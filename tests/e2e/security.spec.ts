import { expect, test } from "../harness/csp-watch.ts";

/**
 * The content security policy holds in the browser: code slipped into a page
 * (as a stored script would be) does not run, and the watcher every spec uses
 * (harness/csp-watch.ts) sees it, so a run of the e2e suite without reports
 * means the pages pass their own policy.
 */
test("an inline script slipped into a page does not run and is reported", async ({ page, cspViolations }) => {
  await page.goto("/products/che-tom-non-hao-dat");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    const style = document.createElement("div");
    style.setAttribute("style", "color: red");
    document.body.append(style);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.map((v) => v.directive).sort()).toEqual(["script-src-elem", "style-src-attr"]);
  // Seen and expected: the watcher must not fail this test for them.
  cspViolations.length = 0;
});

test("pages with scripts run them under the policy: the search box suggests", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/");
  const search = page.getByRole("combobox").first();
  await search.fill("che");
  await expect(page.getByRole("option").first()).toBeVisible();
});
