import { describe, expect, it } from "vitest";
import { lineBooking, paymentsFor } from "./booking.ts";
import { readBookingContact } from "./contact.ts";

const ALL = ["pp_cod_cod", "pp_vietqr_vietqr", "pp_stripe_stripe"];
const transfer = { booking: lineBooking("2030-05-01", { booking_payment: "vietqr" }) };
const arrival = { booking: lineBooking("2030-05-01", { booking_payment: "arrival" }) };
const goods = { booking: null };

describe("paymentsFor", () => {
  it("never offers cash for a service paid by transfer", () => {
    expect(paymentsFor(ALL, [transfer], false)).toEqual(["pp_vietqr_vietqr", "pp_stripe_stripe"]);
    expect(paymentsFor(ALL, [transfer, arrival, goods], true)).toEqual(["pp_vietqr_vietqr", "pp_stripe_stripe"]);
  });
  it("pays bookings made to be paid on arrival on arrival", () => {
    expect(paymentsFor(ALL, [arrival], false)).toEqual(["pp_cod_cod"]);
  });
  it("leaves goods as they are", () => {
    expect(paymentsFor(ALL, [goods], true)).toEqual(ALL);
    expect(paymentsFor(ALL, [arrival, goods], true)).toEqual(ALL);
  });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("readBookingContact", () => {
  it("takes an international phone and no address", () => {
    const { contact, problems } = readBookingContact(form({ email: "Jane@Example.co.uk", name: "Jane Doe", phone: "+44 20 7946 0958" }));
    expect(problems).toEqual([]);
    expect(contact).toMatchObject({ email: "jane@example.co.uk", name: "Jane Doe", phone: "+442079460958", province: "" });
  });
  it("names each field that is wrong, with what is wrong", () => {
    const { problems } = readBookingContact(form({ email: "jane", name: "J", phone: "12345" }));
    expect(problems).toEqual([
      { field: "email", code: "invalid_format", params: { format: "email" } },
      { field: "name", code: "too_small", params: { minimum: 2, origin: "string", inclusive: true } },
      { field: "phone", code: "invalid_format", params: { format: "phone_any" } },
    ]);
    expect(readBookingContact(form({})).problems.map((p) => p.code)).toEqual(["required", "required", "required"]);
  });
});
