/**
 * The money a cart or an order shows, read from Medusa's own totals in one
 * place so the cart, the checkout review and the confirmation agree with what
 * the order charges.
 *
 * Medusa v2 computes `total = item_subtotal + shipping_subtotal + tax_total −
 * discount_subtotal − credit_line_total` (@medusajs/utils decorateCartTotals,
 * used for orders too). Its `subtotal` already holds the shipping: showing it
 * beside the shipping counted the shipping twice, so it is never read here.
 */
export type Totals = {
  /** The lines' amounts before discounts, without tax or shipping. */
  itemsSubtotal: number;
  /** One entry per promotion code, or one naming every code when Medusa's adjustments cannot be split exactly. */
  discounts: { codes: string[]; amount: number }[];
  /** Null until a delivery is chosen. `names` are the delivery modes as the backend names them. */
  shipping: { names: string[]; amount: number } | null;
  tax: number;
  /** What the order charges (or will charge, as the cart stands). */
  total: number;
};

/** A promotion's part of a line or a shipping method. */
export type Adjustment = { code?: string | null; amount?: number | string | null };

/** The totals fields a cart and an order share (the store API's `fields` must ask for them). */
export type RawTotals = {
  total?: number | string | null;
  item_subtotal?: number | string | null;
  discount_subtotal?: number | string | null;
  shipping_subtotal?: number | string | null;
  tax_total?: number | string | null;
  items?: { adjustments?: Adjustment[] | null }[] | null;
  shipping_methods?: { name?: string | null; adjustments?: Adjustment[] | null }[] | null;
};

/** Fields to add to a store API `fields` query for `readTotals`. */
export const TOTALS_FIELDS = [
  "total",
  "item_subtotal",
  "discount_subtotal",
  "shipping_subtotal",
  "tax_total",
  // Whole relations: the store order API drops `items.adjustments.code` asked by name (Medusa 2.21).
  "*items.adjustments",
  "shipping_methods.name",
  "*shipping_methods.adjustments",
];

const amount = (value: number | string | null | undefined) => Number(value ?? 0) || 0;
/** VND has no minor unit; Medusa may keep fractions of a đồng in a split discount. */
const sameDong = (a: number, b: number) => Math.round(a) === Math.round(b);

function discountsOf(raw: RawTotals, discount: number): Totals["discounts"] {
  if (sameDong(discount, 0)) return [];
  const byCode = new Map<string, number>();
  const adjustments = [...(raw.items ?? []), ...(raw.shipping_methods ?? [])].flatMap((owner) => owner.adjustments ?? []);
  for (const adjustment of adjustments) {
    const code = adjustment.code?.trim() ?? "";
    byCode.set(code, (byCode.get(code) ?? 0) + amount(adjustment.amount));
  }
  const split = [...byCode].map(([code, part]) => ({ codes: code ? [code] : [], amount: part }));
  const splitSum = split.reduce((sum, line) => sum + line.amount, 0);
  // Adjustments of tax-inclusive prices hold tax, which `discount_subtotal` does not: then one line with Medusa's figure.
  if (split.length > 0 && sameDong(splitSum, discount)) return split;
  return [{ codes: split.flatMap((line) => line.codes), amount: discount }];
}

/** A cart's or an order's totals as shown, from Medusa's totals. */
export function readTotals(raw: RawTotals): Totals {
  const methods = raw.shipping_methods ?? [];
  return {
    itemsSubtotal: amount(raw.item_subtotal),
    discounts: discountsOf(raw, amount(raw.discount_subtotal)),
    shipping: methods.length ? { names: methods.flatMap((m) => (m.name ? [m.name] : [])), amount: amount(raw.shipping_subtotal) } : null,
    tax: amount(raw.tax_total),
    total: amount(raw.total),
  };
}
