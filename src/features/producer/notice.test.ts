import { describe, expect, it } from "vitest";
import { savedNotice } from "./notice.ts";

const page = "http://localhost/producer/products/prod_1?saved=1";

describe("savedNotice", () => {
  it("tells a save after its redirect", () => {
    expect(savedNotice("vi", new Request(page), new URL(page))).toBe("Đã lưu.");
    expect(savedNotice("en", new Request(page), new URL(`${page.replace("=1", "=review")}`))).toMatch(/review/i);
  });

  it("says nothing on a submit, even one posted to an address that still carries ?saved=", () => {
    expect(savedNotice("vi", new Request(page, { method: "POST" }), new URL(page))).toBeNull();
    expect(savedNotice("vi", new Request("http://localhost/producer/orders"), new URL("http://localhost/producer/orders"))).toBeNull();
  });
});
