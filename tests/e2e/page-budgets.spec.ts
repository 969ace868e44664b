import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "../harness/csp-watch.ts";

/**
 * Page budgets: sizes, not times (the machines are shared and noisy). A scan
 * lands on the trace page over a phone's mobile data, so it must stay small:
 * its HTML and CSS gzip-compressed, and the JavaScript it runs (sum of the
 * script bytes it loads, inline or fetched, uncompressed: what the phone parses).
 * Measured on 29 November 2026: HTML+CSS 4.5–4.7 KB gzipped, 1.5 KB of script.
 */
const BUDGETS = [
  // A GS1 Digital Link URI redirects to its trace page (GS1's resolver standard): the page is weighed.
  { name: "trace page (GS1 Digital Link)", path: "/trace/01/08939990000016/10/HDTOMNON10-L01", htmlCssGzip: 7_000, script: 4_000 },
  { name: "trace page (short code)", path: "/t/DM000002", htmlCssGzip: 7_000, script: 4_000 },
  { name: "product page", path: "/products/che-tom-non-hao-dat", htmlCssGzip: 8_000, script: 4_000 },
];

type Weight = { htmlCss: Buffer[]; scripts: number; scriptFiles: string[] };

/** Everything the page loads that counts against its budget. */
async function weigh(page: Page, path: string): Promise<Weight> {
  const weight: Weight = { htmlCss: [], scripts: 0, scriptFiles: [] };
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (type !== "document" && type !== "stylesheet" && type !== "script") return;
    pending.push(
      response.body().then((body) => {
        if (type === "script") {
          weight.scripts += body.length;
          weight.scriptFiles.push(response.url());
        } else weight.htmlCss.push(body);
      }),
    );
  });
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  await Promise.all(pending);
  // Inline scripts that run (JSON-LD is data, not code).
  const inline = await page.$$eval("script:not([src])", (scripts: HTMLScriptElement[]) =>
    scripts.filter((s) => ["", "module", "text/javascript", "application/javascript"].includes(s.type)).map((s) => new TextEncoder().encode(s.textContent ?? "").length),
  );
  weight.scripts += inline.reduce((sum, n) => sum + n, 0);
  return weight;
}

for (const budget of BUDGETS) {
  test(`${budget.name} stays within its size budget`, async ({ page }) => {
    const weight = await weigh(page, budget.path);
    const compressed = gzipSync(Buffer.concat(weight.htmlCss)).length;
    test.info().annotations.push({ type: "size", description: `${compressed} B HTML+CSS gzipped, ${weight.scripts} B script` });
    expect(compressed, `${budget.path}: HTML+CSS, gzipped`).toBeLessThanOrEqual(budget.htmlCssGzip);
    expect(weight.scripts, `${budget.path}: script bytes (${weight.scriptFiles.join(", ") || "inline only"})`).toBeLessThanOrEqual(budget.script);
    // A page that loads nothing at all would pass any budget.
    expect(compressed).toBeGreaterThan(1_000);
  });
}
