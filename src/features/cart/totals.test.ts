import { describe, expect, it } from "vitest";
import { type RawTotals, readTotals, type Totals } from "./totals.ts";

const STANDARD = "Chuyển phát tiêu chuẩn (3–5 ngày)";

/** Order #4 as Medusa answered it: 1.005.000 ₫ of goods, TUANLEOCOP (10 %), standard post. `subtotal` holds the shipping. */
const ORDER_4_WITH_CODE: RawTotals & { subtotal: number } = {
  total: 934_500,
  subtotal: 1_035_000,
  item_subtotal: 1_005_000,
  discount_subtotal: 100_500,
  shipping_subtotal: 30_000,
  tax_total: 0,
  items: [{ adjustments: [{ code: "TUANLEOCOP", amount: 67_000 }] }, { adjustments: [{ code: "TUANLEOCOP", amount: 33_500 }] }],
  shipping_methods: [{ name: STANDARD, adjustments: [] }],
};

/** Order #7: 250.000 ₫ of goods and standard post; the page showed "280.000 + 30.000 = 280.000". */
const ORDER_7_NO_CODE: RawTotals & { subtotal: number } = {
  total: 280_000,
  subtotal: 280_000,
  item_subtotal: 250_000,
  discount_subtotal: 0,
  shipping_subtotal: 30_000,
  tax_total: 0,
  items: [{ adjustments: [] }],
  shipping_methods: [{ name: STANDARD }],
};

/** A cart with a code and no delivery chosen yet. */
const CART_BEFORE_DELIVERY: RawTotals = {
  total: 864_000,
  item_subtotal: 960_000,
  discount_subtotal: 96_000,
  shipping_subtotal: 0,
  tax_total: 0,
  items: [{ adjustments: [{ code: "TUANLEOCOP", amount: 96_000 }] }],
  shipping_methods: [],
};

/** Two codes: 10 % off the goods and free express delivery (a shipping-method adjustment). */
const CART_TWO_CODES: RawTotals = {
  total: 180_000,
  item_subtotal: 200_000,
  discount_subtotal: 75_000,
  shipping_subtotal: 55_000,
  tax_total: 0,
  items: [{ adjustments: [{ code: "TUANLEOCOP", amount: 20_000 }] }],
  shipping_methods: [{ name: "Chuyển phát nhanh (1–2 ngày)", adjustments: [{ code: "FREESHIP", amount: 55_000 }] }],
};

/** Tax-inclusive prices with 10 % VAT: the adjustment holds tax, `discount_subtotal` does not. */
const CART_TAX_INCLUSIVE: RawTotals = {
  total: 99_000,
  item_subtotal: 100_000,
  discount_subtotal: 10_000,
  shipping_subtotal: 0,
  tax_total: 9_000,
  items: [{ adjustments: [{ code: "TUANLEOCOP", amount: 11_000 }] }],
  shipping_methods: [{ name: "Nhận tại Trung tâm OCOP tỉnh Thái Nguyên" }],
};

/** items − discounts + shipping + tax: what the page shows must come to the total. */
const sumOf = (totals: Totals) => totals.itemsSubtotal - totals.discounts.reduce((sum, d) => sum + d.amount, 0) + (totals.shipping?.amount ?? 0) + totals.tax;

describe("readTotals", () => {
  it("shows the goods without the shipping, the code's discount, and the shipping once (order #4)", () => {
    const totals = readTotals(ORDER_4_WITH_CODE);
    expect(totals).toEqual({
      itemsSubtotal: 1_005_000,
      discounts: [{ codes: ["TUANLEOCOP"], amount: 100_500 }],
      shipping: { names: [STANDARD], amount: 30_000 },
      tax: 0,
      total: 934_500,
    });
    expect(sumOf(totals)).toBe(totals.total);
  });

  it("adds up without a code (order #7)", () => {
    const totals = readTotals(ORDER_7_NO_CODE);
    expect(totals.itemsSubtotal).toBe(250_000);
    expect(totals.discounts).toEqual([]);
    expect(sumOf(totals)).toBe(280_000);
  });

  it("has no shipping figure before a delivery is chosen", () => {
    const totals = readTotals(CART_BEFORE_DELIVERY);
    expect(totals.shipping).toBeNull();
    expect(totals.discounts).toEqual([{ codes: ["TUANLEOCOP"], amount: 96_000 }]);
    expect(sumOf(totals)).toBe(864_000);
  });

  it("names each code with what it takes off, shipping discounts included", () => {
    const totals = readTotals(CART_TWO_CODES);
    expect(totals.discounts).toEqual([
      { codes: ["TUANLEOCOP"], amount: 20_000 },
      { codes: ["FREESHIP"], amount: 55_000 },
    ]);
    expect(totals.shipping).toEqual({ names: ["Chuyển phát nhanh (1–2 ngày)"], amount: 55_000 });
    expect(sumOf(totals)).toBe(180_000);
  });

  it("keeps Medusa's discount figure, naming the codes, when the adjustments hold tax", () => {
    const totals = readTotals(CART_TAX_INCLUSIVE);
    expect(totals.discounts).toEqual([{ codes: ["TUANLEOCOP"], amount: 10_000 }]);
    expect(totals.tax).toBe(9_000);
    expect(sumOf(totals)).toBe(99_000);
  });

  it("reads amounts Medusa sends as strings, and treats missing ones as zero", () => {
    const totals = readTotals({ total: "75000", item_subtotal: "75000" });
    expect(totals).toEqual({ itemsSubtotal: 75_000, discounts: [], shipping: null, tax: 0, total: 75_000 });
  });
});
