import { describe, expect, it } from "vitest";
import { shipBody } from "./ship-form.ts";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

describe("shipBody", () => {
  it("reads a shipment with its carrier and tracking number, without spaces", () => {
    expect(shipBody(form({ mode: "shipped", carrier: "vnpost", tracking_number: " EB 123 456 VN " }))).toEqual({
      mode: "shipped",
      carrier: "vnpost",
      tracking_number: "EB123456VN",
    });
    expect(shipBody(form({ mode: "shipped", carrier: "other", carrier_name: " Xe khách Hoàng Long ", tracking_number: "HL-77" }))).toEqual({
      mode: "shipped",
      carrier: "other",
      carrier_name: "Xe khách Hoàng Long",
      tracking_number: "HL-77",
    });
  });

  it("reads ready for pick-up without a carrier", () => {
    expect(shipBody(form({ mode: "ready_for_pickup", carrier: "", tracking_number: "" }))).toEqual({ mode: "ready_for_pickup" });
  });

  it("refuses an unknown mode or carrier, another carrier without its name, and a missing or malformed tracking number", () => {
    expect(shipBody(form({ mode: "teleport" }))).toEqual({ problem: "orders.problem.mode" });
    expect(shipBody(form({ mode: "shipped", carrier: "dhl-moon", tracking_number: "A1" }))).toEqual({ problem: "orders.problem.carrier" });
    expect(shipBody(form({ mode: "shipped", carrier: "other", carrier_name: " ", tracking_number: "A1" }))).toEqual({ problem: "orders.problem.carrierName" });
    expect(shipBody(form({ mode: "shipped", carrier: "ghn", tracking_number: "" }))).toEqual({ problem: "orders.problem.tracking" });
    expect(shipBody(form({ mode: "shipped", carrier: "ghn", tracking_number: "<script>" }))).toEqual({ problem: "orders.problem.tracking" });
  });
});
