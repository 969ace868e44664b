import { describe, expect, it } from "vitest";
import { t } from "./messages.ts";

describe("plural forms", () => {
  it("says one result and several results in English", () => {
    expect(t("en", "search.results", { count: 1 })).toBe("1 result");
    expect(t("en", "search.results", { count: 0 })).toBe("0 results");
    expect(t("en", "search.results", { count: 2 })).toBe("2 results");
    expect(t("en", "search.resultsFor", { count: 1, q: "chè" })).toBe("1 result for “chè”");
  });

  it("writes the deciding number as the language writes numbers", () => {
    expect(t("en", "list.count", { count: 1234 })).toBe("1,234 products");
    expect(t("vi", "list.count", { count: 1234 })).toBe("1.234 sản phẩm");
  });

  it("keeps Vietnamese as it is, whatever the number", () => {
    expect(t("vi", "search.results", { count: 1 })).toBe("1 kết quả");
    expect(t("vi", "search.results", { count: 5 })).toBe("5 kết quả");
  });

  it("chooses each number's form when a message has several", () => {
    expect(t("en", "certs.checked", { good: 1, bad: 3 })).toBe("Checked: 1 good row, 3 rows with problems. Nothing written yet.");
    expect(t("en", "certs.checked", { good: 4, bad: 1 })).toBe("Checked: 4 good rows, 1 row with problems. Nothing written yet.");
    expect(t("en", "certs.checked", { good: 2, bad: 2 })).toBe("Checked: 2 good rows, 2 rows with problems. Nothing written yet.");
  });
});
