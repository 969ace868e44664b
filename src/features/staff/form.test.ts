import { describe, expect, it } from "vitest";
import { defined, fromVietnamInput, optionalNumber, optionalText, vietnamInputValue } from "./form.ts";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe("staff forms", () => {
  it("omits blank optional fields when creating and clears them when editing", () => {
    const data = form({ title_en: "  ", host: " Hảo Đạt " });
    expect(optionalText(data, "title_en", true)).toBeUndefined();
    expect(optionalText(data, "title_en", false)).toBeNull();
    expect(optionalText(data, "host", true)).toBe("Hảo Đạt");
    expect(optionalText(data, "missing", false)).toBeUndefined();
  });

  it("reads numbers with a decimal comma and passes on what is not one", () => {
    expect(optionalNumber(form({ lat: "21,5536" }), "lat", true)).toBe(21.5536);
    expect(optionalNumber(form({ lat: "north" }), "lat", true)).toBe("north");
  });

  it("reads and writes datetime-local values in Vietnam time", () => {
    expect(vietnamInputValue(new Date("2026-12-05T12:00:00Z"))).toBe("2026-12-05T19:00");
    expect(fromVietnamInput("2026-12-05T19:00")).toBe("2026-12-05T19:00:00+07:00");
    expect(new Date(fromVietnamInput("2026-12-05T19:00") ?? "").toISOString()).toBe("2026-12-05T12:00:00.000Z");
    expect(fromVietnamInput("")).toBe("");
  });

  it("drops undefined entries only", () => {
    expect(defined({ a: undefined, b: null, c: "" })).toEqual({ b: null, c: "" });
  });
});
