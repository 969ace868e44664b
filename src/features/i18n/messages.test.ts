import { describe, expect, it } from "vitest";
import { localeOfPath, localePath, switchLocalePath, t } from "./messages.ts";

describe("messages", () => {
  it("fills placeholders in the chosen language", () => {
    expect(t("vi", "product.inStock", { count: 12 })).toBe("Còn 12 sản phẩm");
    expect(t("en", "product.inStock", { count: 12 })).toBe("12 in stock");
  });

  it("leaves an unknown placeholder visible rather than blank", () => {
    expect(t("en", "product.inStock")).toBe("{count} in stock");
  });
});

describe("locale paths", () => {
  it("reads English from /en/ and Vietnamese elsewhere", () => {
    expect(localeOfPath("/en/products/x")).toBe("en");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/products/x")).toBe("vi");
    expect(localeOfPath("/english-tea")).toBe("vi");
  });

  it("switches language on the same page, both ways", () => {
    expect(switchLocalePath("/products/mien-viet-cuong")).toBe("/en/products/mien-viet-cuong");
    expect(switchLocalePath("/en/products/mien-viet-cuong")).toBe("/products/mien-viet-cuong");
    expect(switchLocalePath("/")).toBe("/en/");
    expect(switchLocalePath("/en/")).toBe("/");
    expect(switchLocalePath("/en")).toBe("/");
  });

  it("prefixes only English paths", () => {
    expect(localePath("vi", "/products/a")).toBe("/products/a");
    expect(localePath("en", "/products/a")).toBe("/en/products/a");
    expect(localePath("en", "/")).toBe("/en/");
  });
});
