import { describe, expect, it } from "vitest";
import { hasControlCharacters, withoutControlCharacters } from "./text.js";

describe("control characters", () => {
  it("finds C0, DEL and C1 controls but not Vietnamese text", () => {
    expect(hasControlCharacters("Chè Tân Cương")).toBe(false);
    for (const c of ["\u0000", "\n", "\u001f", "\u007f", "\u0085"]) expect(hasControlCharacters(`a${c}b`)).toBe(true);
  });
  it("drops them, keeping line breaks and tabs only when asked", () => {
    expect(withoutControlCharacters("a\u0000b\nc\td")).toBe("abcd");
    expect(withoutControlCharacters("a\u0000b\r\nc\td\u007f", true)).toBe("ab\r\nc\td");
  });
});
