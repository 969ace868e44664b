import { FIELD_CODES, type FieldCode } from "@ocop/core";
import { describe, expect, it } from "vitest";
import { fieldProblemText } from "./field-errors.ts";
import { locales } from "./messages.ts";

/** Params as the backend sends them for each code, so every sentence is filled in. */
const sample: Record<FieldCode, Record<string, string | number | boolean>> = {
  required: {},
  invalid_type: { expected: "number", received: "string" },
  invalid_format: { format: "email" },
  too_small: { minimum: 10, origin: "string", inclusive: true },
  too_big: { maximum: 5, origin: "number", inclusive: true },
  not_multiple_of: { divisor: 5 },
  invalid_value: { allowed: "cod, vietqr", received: "cash" },
  unknown_field: {},
  invalid: {},
  common_password: {},
  unknown_product: { id: "prod_1" },
  unknown_place: { id: "tan-cuong" },
  unknown_producer: { id: "prod_x" },
  unknown_province: { received: "Bắc Kạn" },
  commune_not_in_province: { commune: "Phường Hoàn Kiếm", province: "Thái Nguyên" },
  unknown_product_set: { code: "spaceships" },
  unknown_serial: { serials: "A1, A2" },
  unknown_event: { id: "ev_1" },
  in_future: {},
  too_early: { after: "starts_at" },
  too_long: { max_hours: 24 },
  with_other: { other: "lat" },
  not_certifiable: { stars: 2 },
  score_mismatch: { score: 65, stars: 4, earned: 3 },
  issuer_level_mismatch: { stars: 4, expected: "province", received: "district" },
  expiry_mismatch: { expected: "2027-05-20" },
  has_valid_certificate: { id: "cert_1" },
  certificate_revoked: { id: "cert_1", date: "2026-01-02" },
  certificate_replaced: { id: "cert_1", by: "cert_2" },
  not_platform_url: { platform: "tiktok", domains: "tiktok.com" },
  not_https: {},
  ilmd_not_on_add: {},
  only_on_transformation: {},
  not_on_transformation: {},
  gtin_held: { holder: "Chè tôm nõn Hảo Đạt (Hợp tác xã Chè Hảo Đạt)" },
  gtin_not_variants: { gtin: "08939990000016" },
  gtin_unassigned: {},
  file_too_large: { max_mb: 15 },
  not_image: { allowed: "JPEG, PNG, WebP" },
  too_many_pixels: { max_megapixels: 50 },
  not_pdf: {},
  unknown_campaign: { id: "procamp_1" },
  taken: { value: "tet-2027" },
  no_ocop_record: { id: "che-xanh" },
  duplicate_in_file: { lines: "5, 6" },
  missing_columns: { columns: "score, issuer", expected: "decision_number, decision_date, product" },
  unknown_columns: { columns: "sku" },
  one_product_column: { columns: "product, product_id" },
  no_rows: {},
  too_many_rows: { maximum: 2000, received: 2001 },
  csv_unreadable: { line: 7 },
  fully_booked: { date: "2030-05-01", left: 0 },
  payment_not_offered: { allowed: "vietqr" },
};

describe("fieldProblemText", () => {
  const codes = Object.keys(FIELD_CODES) as FieldCode[];

  it.each(codes.flatMap((code) => locales.map((locale) => [code, locale] as const)))("says %s in %s, with every param it names", (code, locale) => {
    const params = sample[code];
    for (const name of FIELD_CODES[code]) if (name !== "received" && name !== "origin" && name !== "inclusive") expect(params).toHaveProperty(name);
    const sentence = fieldProblemText(locale, { field: "x", code, params });
    expect(sentence).toMatch(/^x: \S.+\.$/u);
    expect(sentence).not.toMatch(/undefined|NaN|\[object/);
  });

  it("differs between the two languages for every code but none", () => {
    const same = codes.filter((code) => fieldProblemText("vi", { field: "", code, params: sample[code] }) === fieldProblemText("en", { field: "", code, params: sample[code] }));
    expect(same).toEqual([]);
  });

  it("puts the page's label first, and capitalises a problem with the whole input", () => {
    const phone = { field: "phone", code: "too_small", params: { minimum: 10, origin: "string", inclusive: true } } as const;
    expect(fieldProblemText("vi", phone, "Số điện thoại")).toBe("Số điện thoại: cần ít nhất 10 ký tự.");
    expect(fieldProblemText("en", phone, "Phone")).toBe("Phone: needs at least 10 characters.");
    expect(fieldProblemText("en", { field: "", code: "has_valid_certificate", params: { id: "cert_1" } })).toBe(
      "The product already has a valid certificate (cert_1): renew it instead.",
    );
    expect(fieldProblemText("vi", { field: "phone", code: "invalid_format", params: { format: "phone" } }, "Số điện thoại")).toBe(
      "Số điện thoại: gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84), ví dụ 0912 345 678.",
    );
    expect(fieldProblemText("vi", { field: "ends_at", code: "too_early", params: { after: "starts_at" } }, "Kết thúc")).toBe("Kết thúc: phải sau thời điểm bắt đầu.");
  });

  it("reads limits by what they apply to", () => {
    const items = { field: "items", code: "too_small", params: { minimum: 1, origin: "array", inclusive: true } } as const;
    expect(fieldProblemText("en", items)).toBe("items: needs at least 1 item.");
    expect(fieldProblemText("vi", { field: "stars", code: "too_big", params: { maximum: 5, origin: "number", inclusive: true } })).toBe("stars: tối đa 5.");
  });
});
