import { describe, expect, it } from "vitest";
import { lotEventBody, newLotBody, newProductBody, productEditBody, profileBody } from "./forms.ts";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

const harvest = { biz_step: "ocop:harvesting", event_time: "2026-05-10T07:30", where: "Đồi chè Tân Cương", quantity: "120", uom: "KGM", note: "Hái sớm" };

describe("lotEventBody", () => {
  it("reads a harvest on Vietnam's clock, as an ADD with its quantity", () => {
    expect(lotEventBody(form(harvest))).toEqual({
      body: {
        biz_step: "ocop:harvesting",
        action: "ADD",
        event_time: "2026-05-10T07:30:00+07:00",
        read_point: { name: "Đồi chè Tân Cương" },
        quantity: 120,
        uom: "KGM",
        note: { vi: "Hái sớm" },
      },
    });
  });

  it("names the place by its GLN when one is given, spaces removed", () => {
    const result = lotEventBody(form({ ...harvest, gln: "893 9990 000009" }));
    expect(result).toMatchObject({ body: { read_point: { name: "Đồi chè Tân Cương", gln: "8939990000009" } } });
    expect(lotEventBody(form(harvest))).toMatchObject({ body: { read_point: { name: "Đồi chè Tân Cương" } } });
  });

  it("makes processing a transformation of its input, without the lot's own quantity", () => {
    const result = lotEventBody(form({ ...harvest, biz_step: "ocop:processing", input_label: "chè búp tươi", input_quantity: "40" }));
    expect(result).toMatchObject({ body: { type: "TransformationEvent", inputs: [{ material: "raw-material", label: "chè búp tươi", quantity: 40, uom: "KGM" }] } });
    expect("body" in result && result.body).not.toHaveProperty("quantity");
    expect("body" in result && result.body).not.toHaveProperty("action");
  });

  it("gives shipping, receiving and inspecting their disposition", () => {
    expect(lotEventBody(form({ ...harvest, biz_step: "shipping", destination: "Hà Nội" }))).toMatchObject({
      body: { disposition: "in_transit", biz_location: { name: "Hà Nội" } },
    });
    expect(lotEventBody(form({ ...harvest, biz_step: "receiving" }))).toMatchObject({ body: { disposition: "sellable_accessible" } });
    expect(lotEventBody(form({ ...harvest, biz_step: "inspecting", outcome: "non_conformant" }))).toMatchObject({ body: { disposition: "non_conformant" } });
    expect(lotEventBody(form({ ...harvest, biz_step: "inspecting", outcome: "anything" }))).toMatchObject({ body: { disposition: "conformant" } });
  });

  it("refuses a step the portal does not record, and keeps a blank time blank for the backend to name", () => {
    expect(lotEventBody(form({ ...harvest, biz_step: "toString" }))).toEqual({ problem: 'biz_step: "toString" is not a step the portal records' });
    expect(lotEventBody(form({ ...harvest, event_time: "", where: "" }))).toMatchObject({ body: { event_time: "", read_point: { name: "—" } } });
  });
});

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
