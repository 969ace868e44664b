import { PAYMENT_PROVIDERS } from "@ocop/core";
import type { AstroCookies } from "astro";
import { type Customer, claimCart, saveAddress } from "../account/session.server.ts";
import { paymentsFor } from "../bookings/booking.ts";
import { readBookingContact, toMedusaContact } from "../bookings/contact.ts";
import { fullyBooked } from "../bookings/refusals.ts";
import { type AddressProblem, type Contact, readContact, toMedusaAddress } from "./address.ts";
import { type Cart, cartFailure, choosePayment, chooseShipping, paymentChoices, placeOrder, setBookingContact, setContact, shippingChoices } from "./cart.server.ts";

/** Payment providers we know how to present, in the order buyers see them. */
export { PAYMENT_PROVIDERS };

export type CheckoutStep = "contact" | "shipping" | "payment" | "review";

/** The first step still to do; review when everything is set. */
export function nextStep(cart: Cart): CheckoutStep {
  // Bookings alone need no address: a contact (name and phone) is enough.
  if (!cart.email || !(cart.needsShipping ? cart.address?.province : cart.address?.province || cart.contact?.phone)) return "contact";
  if (cart.needsShipping && !cart.shippingOptionId) return "shipping";
  if (!cart.paymentProvider || !paymentsFor([cart.paymentProvider], cart.lines, cart.needsShipping).length) return "payment";
  return "review";
}

export type CheckoutResult =
  | { kind: "done" }
  | { kind: "ordered"; orderId: string }
  | { kind: "invalid"; problems: AddressProblem[]; contact: Contact }
  /** The contact form came back to list another province's communes: nothing saved, values kept. */
  | { kind: "refresh"; contact: Contact }
  | { kind: "refused"; reason: "outOfStock" | "fullyBooked" | "incomplete" | "failed"; detail?: string };

/**
 * One checkout form: `step` contact, shipping, payment or place. Input is
 * checked against what the cart allows (the shipping options and payment
 * providers Medusa offers it); anything else changes nothing.
 */
export async function handleCheckoutForm(form: FormData, context: { cookies: AstroCookies; cart: Cart; customer: Customer | null; secure: boolean }): Promise<CheckoutResult> {
  const { cookies, cart, customer, secure } = context;
  const step = String(form.get("step") ?? "");
  if (step === "contact" && !cart.needsShipping) {
    const { contact, problems } = readBookingContact(form);
    if (problems.length) return { kind: "invalid", problems, contact };
    await setBookingContact(cart, contact.email, toMedusaContact(contact));
    if (customer && !cart.customerId) await claimCart(cookies, cart.id);
    return { kind: "done" };
  }
  if (step === "contact") {
    const { contact, problems } = readContact(form, cart.needsShipping);
    if (form.get("refresh") === "ward") return { kind: "refresh", contact };
    if (problems.length) return { kind: "invalid", problems, contact };
    const address = toMedusaAddress(contact);
    await setContact(cart, contact.email, address);
    if (customer && !cart.customerId) await claimCart(cookies, cart.id);
    if (customer && form.get("save_address") === "on") await saveAddress(cookies, address);
    return { kind: "done" };
  }
  if (step === "shipping") {
    const optionId = String(form.get("option_id") ?? "");
    if (!(await shippingChoices(cart)).some((o) => o.id === optionId)) return { kind: "refused", reason: "incomplete" };
    await chooseShipping(cart, optionId);
    return { kind: "done" };
  }
  if (step === "payment") {
    const provider = String(form.get("provider_id") ?? "");
    if (!paymentsFor(await paymentChoices(), cart.lines, cart.needsShipping).includes(provider)) return { kind: "refused", reason: "incomplete" };
    await choosePayment(cart, provider);
    return { kind: "done" };
  }
  if (step === "place") {
    if (nextStep(cart) !== "review") return { kind: "refused", reason: "incomplete" };
    try {
      const placed = await placeOrder(cookies, cart, secure);
      if ("orderId" in placed) return { kind: "ordered", orderId: placed.orderId };
      return { kind: "refused", reason: "failed", detail: placed.error };
    } catch (error) {
      console.error("Placing an order failed:", error);
      if (fullyBooked(error)) return { kind: "refused", reason: "fullyBooked" };
      const failure = cartFailure(error);
      return { kind: "refused", reason: failure === "failed" ? "failed" : "outOfStock", detail: (error as Error).message };
    }
  }
  return { kind: "refused", reason: "incomplete" };
}
