import { withoutControlCharacters } from "@ocop/core";
/**
 * Vietnamese delivery addresses since the reorganisation of 1 July 2025: 34
 * provinces and centrally-run cities, then a commune, ward or special zone
 * (no district any more), then the street. Phone numbers are Vietnamese
 * mobiles or landlines, with 0 or +84.
 */
export const PROVINCES = [
  "An Giang",
  "Bắc Ninh",
  "Cà Mau",
  "Cao Bằng",
  "Cần Thơ",
  "Đà Nẵng",
  "Đắk Lắk",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Nội",
  "Hà Tĩnh",
  "Hải Phòng",
  "Hồ Chí Minh",
  "Huế",
  "Hưng Yên",
  "Khánh Hòa",
  "Lai Châu",
  "Lạng Sơn",
  "Lào Cai",
  "Lâm Đồng",
  "Nghệ An",
  "Ninh Bình",
  "Phú Thọ",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sơn La",
  "Tây Ninh",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tuyên Quang",
  "Vĩnh Long",
] as const;

export type Contact = { email: string; name: string; phone: string; province: string; ward: string; street: string };

export type AddressProblem = keyof Contact;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** Mobiles 03x/05x/07x/08x/09x and landlines 02xx, ten digits after the leading 0 (or +84). */
const PHONE = /^(?:0|\+84)(?:[35789]\d{8}|2\d{9})$/;

/** The phone as dialled in Vietnam (0…), without spaces, dots or dashes. */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s.\-()]/g, "");
  return compact.startsWith("+84") ? `0${compact.slice(3)}` : compact;
}

const clean = (value: FormDataEntryValue | null | undefined) => withoutControlCharacters(String(value ?? "")).trim();

/** Reads a contact form; every field that is wrong is named (empty list: all good). */
export function readContact(form: FormData, needsAddress: boolean): { contact: Contact; problems: AddressProblem[] } {
  const contact: Contact = {
    email: clean(form.get("email")).toLowerCase(),
    name: clean(form.get("name")).slice(0, 120),
    phone: normalisePhone(clean(form.get("phone"))),
    province: clean(form.get("province")),
    ward: clean(form.get("ward")).slice(0, 120),
    street: clean(form.get("street")).slice(0, 200),
  };
  const problems: AddressProblem[] = [];
  if (!EMAIL.test(contact.email) || contact.email.length > 254) problems.push("email");
  if (contact.name.length < 2) problems.push("name");
  if (!PHONE.test(contact.phone)) problems.push("phone");
  if (!(PROVINCES as readonly string[]).includes(contact.province)) problems.push("province");
  if (needsAddress && contact.ward.length < 2) problems.push("ward");
  if (needsAddress && contact.street.length < 3) problems.push("street");
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
