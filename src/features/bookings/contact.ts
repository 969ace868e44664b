import { bookingPhoneOf, withoutControlCharacters } from "@ocop/core";
import type { AddressProblem, Contact } from "../cart/address.ts";

/**
 * A booking's contact: e-mail, name and a phone the host can call — a
 * Vietnamese or an international number — and no address, since a visit is
 * not delivered. Problems use the address form's fields and codes, so the
 * checkout words and focuses them the same way.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const clean = (value: FormDataEntryValue | null) => withoutControlCharacters(String(value ?? "")).trim();

export function readBookingContact(form: FormData): { contact: Contact; problems: AddressProblem[] } {
  const typedPhone = clean(form.get("phone")).slice(0, 40);
  const phone = bookingPhoneOf(typedPhone);
  const contact: Contact = {
    email: clean(form.get("email")).toLowerCase(),
    name: clean(form.get("name")).slice(0, 120),
    phone: phone ?? typedPhone,
    province: "",
    ward: "",
    street: "",
  };
  const problems: AddressProblem[] = [];
  if (contact.email === "") problems.push({ field: "email", code: "required" });
  else if (!EMAIL.test(contact.email) || contact.email.length > 254) problems.push({ field: "email", code: "invalid_format", params: { format: "email" } });
  if (contact.name === "") problems.push({ field: "name", code: "required" });
  else if (contact.name.length < 2) problems.push({ field: "name", code: "too_small", params: { minimum: 2, origin: "string", inclusive: true } });
  if (typedPhone === "") problems.push({ field: "phone", code: "required" });
  else if (!phone) problems.push({ field: "phone", code: "invalid_format", params: { format: "phone_any" } });
  return { contact, problems };
}

/** As Medusa keeps a booking's contact: the cart's billing address with a name and phone only (no place: nothing to deliver to). */
export function toMedusaContact(contact: Contact) {
  return { first_name: contact.name, phone: contact.phone };
}

/** What a booking's contact form shows: the cart's e-mail and contact, else the customer's e-mail; null when the cart has neither. */
export function bookingContactValues(cart: { email: string | null; contact: Record<string, string | null> | null }, customerEmail?: string): Contact | null {
  if (!cart.contact && !cart.email && !customerEmail) return null;
  return { email: cart.email ?? customerEmail ?? "", name: cart.contact?.first_name ?? "", phone: cart.contact?.phone ?? "", province: "", ward: "", street: "" };
}
