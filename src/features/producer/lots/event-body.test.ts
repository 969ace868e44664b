import { describe, expect, it } from "vitest";
import { lotEventBody } from "./event-body.ts";

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) data.append(k, one);
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

  it("makes processing a transformation of each input row filled in, without the lot's own quantity", () => {
    const rows = { input_label: ["chè búp tươi", "than củi", ""], input_quantity: ["40", "2,5", ""], input_uom: ["KGM", "KGM", "KGM"] };
    const result = lotEventBody(form({ ...harvest, biz_step: "ocop:processing", ...rows }));
    expect(result).toMatchObject({
      body: {
        type: "TransformationEvent",
        inputs: [
          { material: "raw-material", label: "chè búp tươi", quantity: 40, uom: "KGM" },
          { material: "raw-material", label: "than củi", quantity: 2.5, uom: "KGM" },
        ],
      },
    });
    expect("body" in result && result.body).not.toHaveProperty("quantity");
    expect("body" in result && result.body).not.toHaveProperty("action");
  });

  it("refuses processing with no input, or an input without its name or amount", () => {
    expect(lotEventBody(form({ ...harvest, biz_step: "ocop:processing" }))).toEqual({ problem: "lots.problem.inputs" });
    expect(lotEventBody(form({ ...harvest, biz_step: "ocop:processing", input_label: "chè", input_quantity: "" }))).toEqual({ problem: "lots.problem.inputs" });
    expect(lotEventBody(form({ ...harvest, biz_step: "ocop:processing", input_label: "", input_quantity: "4" }))).toEqual({ problem: "lots.problem.inputs" });
    expect(lotEventBody(form({ ...harvest, biz_step: "ocop:processing", input_label: "chè", input_quantity: "-4" }))).toEqual({ problem: "lots.problem.inputs" });
  });

  it("reads only the chosen step's fields", () => {
    const result = lotEventBody(form({ ...harvest, biz_step: "inspecting", destination: "Hà Nội", input_label: "chè", input_quantity: "3" }));
    expect(result).toEqual({
      body: { biz_step: "inspecting", disposition: "conformant", event_time: "2026-05-10T07:30:00+07:00", read_point: { name: "Đồi chè Tân Cương" }, note: { vi: "Hái sớm" } },
    });
  });

  it("gives shipping, receiving and quality checks their disposition", () => {
    expect(lotEventBody(form({ ...harvest, biz_step: "shipping", destination: "Hà Nội" }))).toMatchObject({
      body: { disposition: "in_transit", biz_location: { name: "Hà Nội" }, quantity: 120 },
    });
    expect(lotEventBody(form({ ...harvest, biz_step: "receiving" }))).toMatchObject({ body: { disposition: "sellable_accessible" } });
    expect(lotEventBody(form({ ...harvest, biz_step: "inspecting", outcome: "non_conformant" }))).toMatchObject({ body: { disposition: "non_conformant" } });
    expect(lotEventBody(form({ ...harvest, biz_step: "inspecting", outcome: "anything" }))).toMatchObject({ body: { disposition: "conformant" } });
  });

  it("reads a decimal comma, and refuses an amount that is not a number above 0", () => {
    expect(lotEventBody(form({ ...harvest, quantity: "12,5" }))).toMatchObject({ body: { quantity: 12.5 } });
    expect(lotEventBody(form({ ...harvest, quantity: "mười" }))).toEqual({ problem: "lots.problem.amount" });
    expect(lotEventBody(form({ ...harvest, quantity: "0" }))).toEqual({ problem: "lots.problem.amount" });
  });

  it("names the corrected event, and refuses a correction that does not say why", () => {
    expect(lotEventBody(form({ ...harvest, corrects_event_id: "tev_1", note: "Sai ngày hái" }))).toMatchObject({
      body: { corrects_event_id: "tev_1", note: { vi: "Sai ngày hái" } },
    });
    expect(lotEventBody(form({ ...harvest, corrects_event_id: "tev_1", note: " " }))).toEqual({ problem: "lots.problem.reason" });
  });

  it("refuses a step the guided form does not offer, and keeps a blank time blank for the backend to name", () => {
    expect(lotEventBody(form({ ...harvest, biz_step: "toString" }))).toEqual({ problem: "lots.problem.step" });
    expect(lotEventBody(form({ ...harvest, biz_step: "destroying" }))).toEqual({ problem: "lots.problem.step" });
    expect(lotEventBody(form({ ...harvest, event_time: "", where: "" }))).toMatchObject({ body: { event_time: "", read_point: { name: "—" } } });
  });
});
