import { describe, expect, it } from "vitest";
import { formatReport } from "./report.ts";
import { summarise } from "./stats.ts";

describe("formatReport", () => {
  const staticCopy = summarise(
    Array.from({ length: 4000 }, () => 2),
    0,
    2,
  );
  const page = {
    ...summarise(
      Array.from({ length: 200 }, (_, i) => 20 + (i % 10)),
      0,
      2,
    ),
    non2xx: 1,
  };

  it("prints each run with its share of the static copy's throughput and its multiple of its median latency", () => {
    const table = formatReport([
      { page: "trace", run: "cached", figures: page, limit: staticCopy },
      { page: "trace", run: "static copy", figures: { ...staticCopy, non2xx: 0 } },
    ]);
    const [header, , cached, copy] = table.split("\n");
    expect(header).toContain("req/s of static");
    expect(cached).toBe("| trace | cached | 200 | 1 | 100 | 24 | 29 | 29 | 0.050 | 12.00 |");
    expect(copy).toBe("| trace | static copy | 4,000 | 0 | 2,000 | 2.0 | 2.0 | 2.0 | – | – |");
  });

  it("gives a first request its latency only", () => {
    const first = { ...summarise([140], 0, 0.14), non2xx: 0 };
    expect(formatReport([{ page: "trace", run: "first request", figures: first, limit: staticCopy }]).split("\n")[2]).toBe(
      "| trace | first request | 1 | 0 | – | 140 | – | – | – | 70.00 |",
    );
  });
});
