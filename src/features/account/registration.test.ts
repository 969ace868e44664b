import { describe, expect, it } from "vitest";
import { registrationProblems } from "./registration.ts";

describe("registrationProblems", () => {
  it("passes a good registration", () => {
    expect(registrationProblems("vi", { email: "hoa@example.vn", password: "mat-khau-dai-2026", firstName: "Hoa" })).toEqual([]);
  });

  it("says what to type in each wrong field, in the form's order", () => {
    expect(registrationProblems("vi", { email: "hoa@", password: "1", firstName: "" })).toEqual([
      { field: "first_name", id: "a-first", text: "Tên: cần nhập." },
      { field: "email", id: "a-email", text: "Email: phải là một địa chỉ email, ví dụ lan@example.vn." },
      { field: "password", id: "a-password", text: "Mật khẩu cần ít nhất 10 ký tự." },
    ]);
    expect(registrationProblems("en", { email: "", password: "mat-khau-dai-2026", firstName: "Hoa" })).toEqual([{ field: "email", id: "a-email", text: "Email: is required." }]);
  });
});
