import { existsSync, readFileSync } from "node:fs";

/** Counts of one test layer's run. */
export type LayerCount = { layer: string; passed: number; failed: number; skipped: number; ran: boolean };

/** Reads Vitest's JSON report (numPassedTests etc.). */
export function readVitestReport(layer: string, file: string): LayerCount {
  if (!existsSync(file)) return { layer, passed: 0, failed: 0, skipped: 0, ran: false };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    layer,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    ran: true,
  };
}

/** Reads Playwright's JSON report (stats.expected / unexpected / flaky / skipped). */
export function readPlaywrightReport(layer: string, file: string): LayerCount {
  if (!existsSync(file)) return { layer, passed: 0, failed: 0, skipped: 0, ran: false };
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { layer, passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped, ran: true };
}

/** One line per layer, then the closing "N passed, N failed" line CI reads. */
export function formatSummary(counts: LayerCount[]): string {
  const lines = counts.map((c) => (c.ran ? `  ${c.layer.padEnd(12)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : `  ${c.layer.padEnd(12)} did not run`));
  const total = (key: "passed" | "failed" | "skipped") => counts.reduce((sum, c) => sum + c[key], 0);
  const notRun = counts.filter((c) => !c.ran).length;
  return ["Test summary:", ...lines, `${total("passed")} passed, ${total("failed") + notRun} failed, ${total("skipped")} skipped`].join("\n");
}
