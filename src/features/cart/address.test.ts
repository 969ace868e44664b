import { describe, expect, it } from "vitest";
import { normalisePhone, readContact, toMedusaAddress } from "./address.ts";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const good = { email: "Lan@Example.vn", name: "Nguyễn Thị Lan", phone: "0912 345 678", province: "Thái Nguyên", ward: "Phường Phan Đình Phùng", street: "12 Hoàng Văn Thụ" };
const codes = (fields: Record<string, string>, needsAddress = true) => readContact(form(fields), needsAddress).problems.map((p) => `${p.field}:${p.code}`);

describe("Vietnamese addresses", () => {
  it("accepts a good address, normalising email and phone", () => {
    const { contact, problems } = readContact(form(good), true);
    expect(problems).toEqual([]);
    expect(contact).toMatchObject({ email: "lan@example.vn", phone: "0912345678" });
    expect(toMedusaAddress(contact)).toMatchObject({ city: "Phường Phan Đình Phùng", province: "Thái Nguyên", country_code: "vn" });
  });

  it("stores the official names of the province and commune, however they were typed", () => {
    const { contact, problems } = readContact(form({ ...good, province: "thanh hoa", ward: "Phường Hạc Thành" }), true);
    expect(problems).toEqual([]);
    expect(contact).toMatchObject({ province: "Thanh Hoá", ward: "Phường Hạc Thành" });
  });

  it("says what is wrong with every wrong field", () => {
    expect(codes({ email: "lan@", name: "L", phone: "12345", province: "Bắc Kạn", ward: "", street: "" })).toEqual([
      "email:invalid_format",
      "name:too_small",
      "phone:invalid_format",
      "province:unknown_province",
      "street:required",
    ]);
    expect(readContact(form({ ...good, phone: "12345" }), true).problems).toEqual([{ field: "phone", code: "invalid_format", params: { format: "phone" } }]);
  });

  it("refuses a commune that is not in the chosen province", () => {
    expect(readContact(form({ ...good, province: "Hà Nội" }), true).problems).toEqual([
      { field: "ward", code: "commune_not_in_province", params: { commune: "Phường Phan Đình Phùng", province: "Hà Nội" } },
    ]);
    expect(codes({ ...good, ward: "" })).toEqual(["ward:commune_not_in_province"]);
  });

  it("needs no street or commune for a booking-only order, but a real province", () => {
    expect(codes({ ...good, ward: "", street: "" }, false)).toEqual([]);
    expect(codes({ ...good, province: "", ward: "", street: "" }, false)).toEqual(["province:unknown_province"]);
  });

  it("reads +84 and landline numbers", () => {
    expect(normalisePhone("+84 912.345.678")).toBe("0912345678");
    expect(codes({ ...good, phone: "0208 3855 123" })).toEqual([]);
    expect(codes({ ...good, phone: "0112345678" })).toEqual(["phone:invalid_format"]);
  });
});
