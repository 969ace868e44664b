import { describe, expect, it } from "vitest";
import { newLotBody, newProductBody, productEditBody, profileBody } from "./forms.ts";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

describe("the other portal forms", () => {
  it("reads a new lot from its product|variant choice, leaving out blank optional fields", () => {
    expect(newLotBody(form({ variant: "prod_1|variant_1", code: "L-01", quantity: "50.5", unit: "KGM", area: "", harvested_at: "2026-05-10", serial_count: "" }))).toEqual({
      product_id: "prod_1",
      variant_id: "variant_1",
      code: "L-01",
      quantity: 50.5,
      unit: "KGM",
      harvested_at: "2026-05-10",
      serial_count: 0,
    });
  });

  it("reads a product edit: texts present, each variant's price, stock only where tracked", () => {
    const data = form({ title: "Chè", description: "", price_v1: "120000", stock_v1: "8", price_v2: "90000" });
    expect(productEditBody(data)).toEqual({
      title: "Chè",
      description: "",
      variants: [
        { id: "v1", price_vnd: 120000, stock: 8 },
        { id: "v2", price_vnd: 90000 },
      ],
    });
  });

  it("reads each variant's English title as typed, blank to clear it", () => {
    const data = form({ price_v1: "120000", title_en_v1: " 100 g box ", price_v2: "90000", title_en_v2: "" });
    expect(productEditBody(data).variants).toEqual([
      { id: "v1", price_vnd: 120000, title_en: "100 g box" },
      { id: "v2", price_vnd: 90000, title_en: "" },
    ]);
  });

  it("passes a blank number on as NaN for the backend to name", () => {
    expect(newProductBody(form({ title: "Mật ong", product_set: "honey", variant_title: "500 g", price_vnd: "", stock: "3" }))).toMatchObject({ price_vnd: Number.NaN, stock: 3 });
  });

  it("sends a phone without spaces and dots, and none when blank", () => {
    expect(profileBody(form({ legal_name: "HTX", phone: "0208 385.5555" }))).toMatchObject({ phone: "02083855555" });
    expect(profileBody(form({ legal_name: "HTX", phone: " " }))).not.toHaveProperty("phone");
  });
});
