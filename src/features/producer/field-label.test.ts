import { describe, expect, it } from "vitest";
import { portalFieldLabel } from "./field-label.ts";

describe("portalFieldLabel", () => {
  it("names a variant's price and stock by their inputs' labels", () => {
    expect(portalFieldLabel("vi", "variants.0.price_vnd")).toBe("Giá (đồng)");
    expect(portalFieldLabel("en", "variants.3.stock")).toBe("Stock");
  });

  it("names other fields from the catalogue, and none it does not know", () => {
    expect(portalFieldLabel("vi", "tracking_number")).toBe("Mã vận đơn");
    expect(portalFieldLabel("vi", "no_such_field")).toBeUndefined();
  });
});
