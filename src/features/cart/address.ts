import { addressPairProblems, type FieldProblem, findCommune, findProvince, withoutControlCharacters } from "@ocop/core";

/**
 * Vietnamese delivery addresses since the reorganisation of 1 July 2025: one
 * of the 34 provinces and centrally-run cities, then one of its communes,
 * wards or special zones (no district any more; @ocop/core holds the official
 * list), then the street. Phone numbers are Vietnamese mobiles or landlines,
 * with 0 or +84.
 */

export type Contact = { email: string; name: string; phone: string; province: string; ward: string; street: string };

export type AddressField = keyof Contact;

/** What is wrong with one field, as the shared 400 shape says it (src/features/i18n/field-errors.ts words it). */
export type AddressProblem = FieldProblem & { field: AddressField };

/** The fields in the order the form shows them: the first with a problem takes the focus. */
export const ADDRESS_FIELDS: readonly AddressField[] = ["email", "name", "phone", "province", "ward", "street"];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** Mobiles 03x/05x/07x/08x/09x and landlines 02xx, ten digits after the leading 0 (or +84). */
const PHONE = /^(?:0|\+84)(?:[35789]\d{8}|2\d{9})$/;

/** The phone as dialled in Vietnam (0…), without spaces, dots or dashes. */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s.\-()]/g, "");
  return compact.startsWith("+84") ? `0${compact.slice(3)}` : compact;
}

const clean = (value: FormDataEntryValue | null | undefined) => withoutControlCharacters(String(value ?? "")).trim();

/** A text field shorter than `minimum`: missing when empty, else too short. */
function tooShort(field: AddressField, value: string, minimum: number): AddressProblem[] {
  if (value.length >= minimum) return [];
  return [value === "" ? { field, code: "required" } : { field, code: "too_small", params: { minimum, origin: "string", inclusive: true } }];
}

/**
 * Reads a contact form: the province and commune come back under their
 * official names, and every field that is wrong is named with what is wrong
 * (empty list: all good).
 */
export function readContact(form: FormData, needsAddress: boolean): { contact: Contact; problems: AddressProblem[] } {
  const contact: Contact = {
    email: clean(form.get("email")).toLowerCase(),
    name: clean(form.get("name")).slice(0, 120),
    phone: normalisePhone(clean(form.get("phone"))),
    province: clean(form.get("province")).slice(0, 120),
    ward: clean(form.get("ward")).slice(0, 120),
    street: clean(form.get("street")).slice(0, 200),
  };
  const problems: AddressProblem[] = [];
  if (contact.email === "") problems.push({ field: "email", code: "required" });
  else if (!EMAIL.test(contact.email) || contact.email.length > 254) problems.push({ field: "email", code: "invalid_format", params: { format: "email" } });
  problems.push(...tooShort("name", contact.name, 2));
  if (!PHONE.test(contact.phone)) problems.push({ field: "phone", code: "invalid_format", params: { format: "phone" } });
  const province = findProvince(contact.province);
  if (province) contact.province = province.name;
  const commune = province && findCommune(province, contact.ward);
  if (commune) contact.ward = commune.name;
  // A booking-only order needs no address, but what it is given must still be a real place.
  if (needsAddress || contact.ward !== "")
    problems.push(...(addressPairProblems({ province: contact.province, commune: contact.ward }, { province: "province", commune: "ward" }) as AddressProblem[]));
  else if (!province) problems.push({ field: "province", code: "unknown_province", params: { received: contact.province } });
  if (needsAddress) problems.push(...tooShort("street", contact.street, 3));
  return { contact, problems };
}

/** As Medusa stores an address: the commune or ward in `city`, the province in `province`. */
export function toMedusaAddress(contact: Contact) {
  return {
    first_name: contact.name,
    last_name: "",
    phone: contact.phone,
    address_1: contact.street,
    city: contact.ward,
    province: contact.province,
    country_code: "vn",
  };
}

export function fromMedusaAddress(
  address: { first_name?: string | null; phone?: string | null; address_1?: string | null; city?: string | null; province?: string | null } | null | undefined,
  email: string | null | undefined,
): Contact | null {
  if (!address?.province) return null;
  return {
    email: email ?? "",
    name: address.first_name ?? "",
    phone: address.phone ?? "",
    province: address.province,
    ward: address.city ?? "",
    street: address.address_1 ?? "",
  };
}
