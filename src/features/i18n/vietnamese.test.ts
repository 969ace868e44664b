import { describe, expect, it } from "vitest";
import { hasVietnamese, vietnameseRuns, vietnameseWords } from "./vietnamese.ts";

describe("hasVietnamese", () => {
  it.each(["Giỏ hàng", "đ", "Đ", "ă", "â", "ê", "ô", "ơ", "ư", "kết quả", "UBND tỉnh Thái Nguyên", "Hợp tác xã", "chè"])("finds Vietnamese in %j", (text) => {
    expect(hasVietnamese(text)).toBe(true);
  });

  it("reads combining spellings as the precomposed ones", () => {
    expect(hasVietnamese("Vie\u0302\u0323t")).toBe(true);
  });

  it.each(["Cart", "1 result", "UBND", "Thai Nguyen", "₫250,000", "30 × 180 cm", "“quoted” — naïve", ""])("finds none in %j", (text) => {
    expect(hasVietnamese(text)).toBe(false);
  });
});

describe("vietnameseWords", () => {
  it("names the Vietnamese words of a text", () => {
    expect(vietnameseWords("Issued by UBND tỉnh Thái Nguyên on 1 May")).toEqual(["tỉnh", "Thái", "Nguyên"]);
  });
});

describe("vietnameseRuns", () => {
  it("sets each Vietnamese name apart from the English around it", () => {
    expect(vietnameseRuns("Tea from Tân Cương, near Thái Nguyên.")).toEqual([
      { text: "Tea from ", vi: false },
      { text: "Tân Cương", vi: true },
      { text: ", near ", vi: false },
      { text: "Thái Nguyên", vi: true },
      { text: ".", vi: false },
    ]);
  });

  it("ends a name at an English word, even between two names", () => {
    expect(vietnameseRuns("Hảo Đạt tea in Tân Cương").map((r) => r.text)).toEqual(["Hảo Đạt", " tea in ", "Tân Cương"]);
  });

  it("gives back English text whole", () => {
    expect(vietnameseRuns("No names here")).toEqual([{ text: "No names here", vi: false }]);
    expect(vietnameseRuns("")).toEqual([]);
  });
});
