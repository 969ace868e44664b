import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "./passwords.js";

describe("the password policy", () => {
  it("refuses short passwords, whatever they are", () => {
    expect(passwordProblem("1")).toBe("too_short");
    expect(passwordProblem("x".repeat(PASSWORD_MIN_LENGTH - 1))).toBe("too_short");
  });
  it("refuses common ones in any case, and one character repeated", () => {
    expect(passwordProblem("1234567890")).toBe("common");
    expect(passwordProblem("MatKhau123")).toBe("common");
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("common");
  });
  it("takes the rest", () => {
    expect(passwordProblem("ocop-demo-2026")).toBeNull();
    expect(passwordProblem("chè tân cương ngon")).toBeNull();
  });
});
