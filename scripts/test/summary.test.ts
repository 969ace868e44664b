import { describe, expect, it } from "vitest";
import { formatSummary } from "./summary.ts";

describe("formatSummary", () => {
  it("ends with one closing line adding up every layer", () => {
    const text = formatSummary([
      { layer: "unit", passed: 20, failed: 1, skipped: 0, ran: true },
      { layer: "end-to-end", passed: 3, failed: 0, skipped: 2, ran: true },
    ]);
    expect(text.split("\n").at(-1)).toBe("23 passed, 1 failed, 2 skipped");
  });

  it("counts a layer that did not run as a failure", () => {
    const text = formatSummary([
      { layer: "unit", passed: 5, failed: 0, skipped: 0, ran: true },
      { layer: "integration", passed: 0, failed: 0, skipped: 0, ran: false },
    ]);
    expect(text).toContain("integration  did not run");
    expect(text.split("\n").at(-1)).toBe("5 passed, 1 failed, 0 skipped");
  });
});
