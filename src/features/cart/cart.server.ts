import { FetchError } from "@medusajs/js-sdk";
import { visitDateOf } from "@ocop/core";
import type { AstroCookies } from "astro";
import { errorCode } from "../../lib/medusa/errors.ts";
import { backendFetch, sdk, shopRegionId } from "../../lib/medusa/sdk.server.ts";
import { type LineBooking, lineBooking } from "../bookings/booking.ts";
import { rememberOrder } from "../orders/device.server.ts";
import { type Adjustment, type RawTotals, readTotals, TOTALS_FIELDS, type Totals } from "./totals.ts";

/**
 * The buyer's cart, kept by Medusa and named by an httpOnly cookie. Every call
 * goes through the one server-side SDK client with explicit headers, so no
 * buyer's session ever becomes the client's.
 */
export const CART_COOKIE = "ocop_cart";
const MONTH = 60 * 60 * 24 * 30;

export type CartLine = {
  id: string;
  title: string;
  subtitle: string | null;
  productHandle: string | null;
  variantId: string | null;
  quantity: number;
  unitPrice: number;
  /** The line's amount before discounts (Medusa's item subtotal: price × quantity, without tax). */
  subtotal: number;
  requiresShipping: boolean;
  booking: LineBooking | null;
};

export type Cart = {
  id: string;
  email: string | null;
  lines: CartLine[];
  /** The money lines, read from Medusa's totals. */
  totals: Totals;
  needsShipping: boolean;
  address: Record<string, string | null> | null;
  /** A booking's contact (name, phone), kept as the billing address when there is nothing to deliver. */
  contact: Record<string, string | null> | null;
  shippingOptionId: string | null;
  paymentProvider: string | null;
  paymentData: Record<string, unknown> | null;
  customerId: string | null;
  /** Promotion codes applied (what each takes off is in `totals`). */
  promoCodes: string[];
};

const CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "completed_at",
  ...TOTALS_FIELDS,
  "promotions.code",
  "*items",
  "items.subtotal",
  "*shipping_address",
  "*billing_address",
  "*items.product",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",");

type RawCart = Omit<RawTotals, "items" | "shipping_methods"> & {
  id: string;
  email: string | null;
  customer_id: string | null;
  completed_at: string | null;
  promotions?: { code: string | null }[];
  items?: {
    id: string;
    title: string;
    subtitle: string | null;
    product_handle: string | null;
    variant_id: string | null;
    quantity: number;
    unit_price: number;
    subtotal: number;
    requires_shipping: boolean;
    metadata: Record<string, unknown> | null;
    product?: { metadata: Record<string, unknown> | null } | null;
    adjustments?: Adjustment[];
  }[];
  shipping_address: Record<string, string | null> | null;
  billing_address?: Record<string, string | null> | null;
  shipping_methods?: { shipping_option_id: string; name: string; adjustments?: Adjustment[] }[];
  payment_collection?: { payment_sessions?: { provider_id: string; status: string; data: Record<string, unknown> }[] } | null;
};

function reshape(raw: RawCart): Cart {
  const lines = (raw.items ?? []).map((item) => ({
    id: item.id,
    title: item.title,
    subtitle: item.subtitle,
    productHandle: item.product_handle,
    variantId: item.variant_id,
    quantity: Number(item.quantity),
    unitPrice: Number(item.unit_price),
    subtotal: Number(item.subtotal),
    requiresShipping: item.requires_shipping !== false,
    // A visit date the page cannot read (not a calendar day) is left out rather than shown.
    booking: lineBooking(visitDateOf(item.metadata), item.product?.metadata),
  }));
  const session = raw.payment_collection?.payment_sessions?.find((s) => s.status !== "canceled") ?? null;
  return {
    id: raw.id,
    email: raw.email,
    lines,
    totals: readTotals(raw),
    needsShipping: lines.some((l) => l.requiresShipping),
    address: raw.shipping_address,
    contact: raw.billing_address ?? null,
    shippingOptionId: raw.shipping_methods?.[0]?.shipping_option_id ?? null,
    paymentProvider: session?.provider_id ?? null,
    paymentData: session?.data ?? null,
    customerId: raw.customer_id,
    promoCodes: (raw.promotions ?? []).flatMap((p) => (p.code ? [p.code] : [])),
  };
}

const auth = (token: string | undefined) => (token ? { Authorization: `Bearer ${token}` } : undefined);

/** The cart named by the cookie, or null (none yet, completed, or gone). */
export async function currentCart(cookies: AstroCookies): Promise<Cart | null> {
  const id = cookies.get(CART_COOKIE)?.value;
  if (!id) return null;
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS });
    const raw = cart as unknown as RawCart;
    if (raw.completed_at) {
      cookies.delete(CART_COOKIE, { path: "/" });
      return null;
    }
    return reshape(raw);
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      cookies.delete(CART_COOKIE, { path: "/" });
      return null;
    }
    throw error;
  }
}

function keepCart(cookies: AstroCookies, id: string, secure: boolean) {
  cookies.set(CART_COOKIE, id, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: MONTH });
}

/** The buyer's cart, made on first use (in the shop's VND region, tied to the customer when logged in). */
export async function ensureCart(cookies: AstroCookies, secure: boolean, token?: string): Promise<Cart> {
  const existing = await currentCart(cookies);
  if (existing) return existing;
  const { cart } = await sdk.store.cart.create({ region_id: await shopRegionId() }, { fields: CART_FIELDS }, auth(token));
  keepCart(cookies, cart.id, secure);
  return reshape(cart as unknown as RawCart);
}

/**
 * Why Medusa refused a cart change, in our terms, told by the answer's code,
 * never its text: adding or updating a line short of stock is answered 400
 * with code "insufficient_inventory" (read by `backendFetch`). Completing a
 * cart is refused at once with a 409 of the same code when the last units went
 * to other buyers (backend/src/api/store/carts/stock-gate.ts); a 400 without a
 * code is the reservation failing (not_allowed), since the checkout sends only
 * checked choices.
 */
export function cartFailure(error: unknown): "notEnough" | "failed" {
  if (errorCode(error) === "insufficient_inventory") return "notEnough";
  return error instanceof FetchError && error.status === 400 && errorCode(error) === undefined ? "notEnough" : "failed";
}

const lineItems = (cart: Cart, lineId?: string) => `/store/carts/${encodeURIComponent(cart.id)}/line-items${lineId ? `/${encodeURIComponent(lineId)}` : ""}`;

export async function addLine(cart: Cart, variantId: string, quantity: number, visitDate?: string) {
  await backendFetch(lineItems(cart), { body: { variant_id: variantId, quantity, ...(visitDate ? { metadata: { visit_date: visitDate } } : {}) } });
}

export async function setQuantity(cart: Cart, lineId: string, quantity: number) {
  if (!cart.lines.some((l) => l.id === lineId)) return;
  if (quantity === 0) await backendFetch(lineItems(cart, lineId), { method: "DELETE" });
  else await backendFetch(lineItems(cart, lineId), { body: { quantity } });
}

/**
 * Applies a promotion code. Medusa applies only promotions that are active
 * and whose campaign runs now; a code it does not apply is reported as refused.
 */
export async function applyPromotion(cart: Cart, code: string): Promise<boolean> {
  try {
    const { cart: updated } = await sdk.store.cart.addPromotions(cart.id, { promo_codes: [code] }, { fields: "promotions.code" });
    return (updated as unknown as { promotions?: { code: string | null }[] }).promotions?.some((p) => p.code?.toUpperCase() === code.toUpperCase()) ?? false;
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && error.status < 500) return false;
    throw error;
  }
}

export async function removePromotion(cart: Cart, code: string) {
  await sdk.store.cart.removePromotions(cart.id, { promo_codes: [code] });
}

export async function setContact(cart: Cart, email: string, address: Record<string, string>) {
  await sdk.store.cart.update(cart.id, { email, shipping_address: address, billing_address: address });
}

/** A booking's contact: the e-mail, and a name and phone as the billing address (no place: nothing is delivered). */
export async function setBookingContact(cart: Cart, email: string, contact: { first_name: string; phone: string }) {
  await backendFetch(`/store/carts/${encodeURIComponent(cart.id)}`, { body: { email, billing_address: contact } });
}

/** `nameEn`: the option type's label, where the shop writes an option's English name. */
export type ShippingChoice = { id: string; name: string; nameEn: string | null; amount: number };

export async function shippingChoices(cart: Cart): Promise<ShippingChoice[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id });
  return shipping_options.map((o) => ({ id: o.id, name: o.name, nameEn: o.type?.label ?? null, amount: Number(o.amount ?? 0) }));
}

export async function chooseShipping(cart: Cart, optionId: string) {
  await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId });
}

export async function paymentChoices(): Promise<string[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: await shopRegionId() });
  return payment_providers.map((p) => p.id);
}

export async function choosePayment(cart: Cart, providerId: string) {
  const { cart: fresh } = await sdk.store.cart.retrieve(cart.id, { fields: "id,*payment_collection" });
  await sdk.store.payment.initiatePaymentSession(fresh, { provider_id: providerId });
}

type CompleteAnswer = { type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } };

/**
 * Places the order. Medusa locks the cart while completing it and returns the
 * same order to a repeated call, so a double-clicked button makes one order.
 */
export async function placeOrder(cookies: AstroCookies, cart: Cart, secure: boolean): Promise<{ orderId: string } | { error: string }> {
  // backendFetch, not the js-sdk, so a refusal keeps its code (cartFailure).
  const result = await backendFetch<CompleteAnswer>(`/store/carts/${encodeURIComponent(cart.id)}/complete`, { body: {} });
  // Medusa answers the cart instead of an order only when the payment was refused or needs more; stock refusals are thrown (400, or 409 from the stock gate).
  if (result.type !== "order") return { error: result.error?.message ?? "unknown" };
  cookies.delete(CART_COOKIE, { path: "/" });
  rememberOrder(cookies, result.order.id, secure);
  return { orderId: result.order.id };
}

export function lineCount(cart: Cart | null): number {
  return cart ? cart.lines.reduce((n, l) => n + l.quantity, 0) : 0;
}
