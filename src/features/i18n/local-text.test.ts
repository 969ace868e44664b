import { describe, expect, it } from "vitest";
import { localRuns, localString } from "./local-text.ts";

const issuer = { vi: "UBND tỉnh Thái Nguyên", en: "Thái Nguyên Provincial People's Committee" };

describe("localRuns", () => {
  it("shows the Vietnamese text as it is on Vietnamese pages", () => {
    expect(localRuns("vi", issuer)).toEqual([{ text: "UBND tỉnh Thái Nguyên", vi: false }]);
  });

  it("shows the English text on English pages, the names in it marked Vietnamese", () => {
    expect(localRuns("en", issuer)).toEqual([
      { text: "Thái Nguyên", vi: true },
      { text: " Provincial People's Committee", vi: false },
    ]);
  });

  it("falls back to the Vietnamese text, marked whole, when there is no English", () => {
    expect(localRuns("en", { vi: "Hộp 100 g", en: null })).toEqual([{ text: "Hộp 100 g", vi: true }]);
    expect(localRuns("en", { vi: "Hộp 100 g", en: "  " })).toEqual([{ text: "Hộp 100 g", vi: true }]);
  });
});

describe("localString", () => {
  it("picks the English text on English pages when there is one", () => {
    expect(localString("en", issuer)).toBe("Thái Nguyên Provincial People's Committee");
    expect(localString("en", { vi: "Hộp 100 g" })).toBe("Hộp 100 g");
    expect(localString("vi", issuer)).toBe("UBND tỉnh Thái Nguyên");
  });
});
