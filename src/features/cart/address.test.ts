import { describe, expect, it } from "vitest";
import { normalisePhone, PROVINCES, readContact, toMedusaAddress } from "./address.ts";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const good = { email: "Lan@Example.vn", name: "Nguyễn Thị Lan", phone: "0912 345 678", province: "Thái Nguyên", ward: "Phường Phan Đình Phùng", street: "12 Hoàng Văn Thụ" };

describe("Vietnamese addresses", () => {
  it("lists the 34 provinces and cities of 2025", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES).size).toBe(34);
    expect(PROVINCES).toContain("Thái Nguyên");
    expect(PROVINCES).not.toContain("Bắc Kạn");
  });

  it("accepts a good address, normalising email and phone", () => {
    const { contact, problems } = readContact(form(good), true);
    expect(problems).toEqual([]);
    expect(contact).toMatchObject({ email: "lan@example.vn", phone: "0912345678" });
    expect(toMedusaAddress(contact)).toMatchObject({ city: "Phường Phan Đình Phùng", province: "Thái Nguyên", country_code: "vn" });
  });

  it("names every wrong field", () => {
    const { problems } = readContact(form({ email: "lan@", name: "L", phone: "12345", province: "Bắc Kạn", ward: "", street: "" }), true);
    expect(problems).toEqual(["email", "name", "phone", "province", "ward", "street"]);
  });

  it("needs no street for a booking-only order", () => {
    expect(readContact(form({ ...good, ward: "", street: "" }), false).problems).toEqual([]);
  });

  it("reads +84 and landline numbers", () => {
    expect(normalisePhone("+84 912.345.678")).toBe("0912345678");
    expect(readContact(form({ ...good, phone: "0208 3855 123" }), true).problems).toEqual([]);
    expect(readContact(form({ ...good, phone: "0112345678" }), true).problems).toEqual(["phone"]);
  });
});
