/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped stays unambiguous. */
export const CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A random code of `length` characters, 5 bits of entropy each, from the platform's CSPRNG (Web Crypto: Node and browsers alike). */
export function randomCode(length: number): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  let code = "";
  // 256 is a multiple of 32, so taking the low 5 bits keeps every character equally likely.
  for (const byte of bytes) code += CROCKFORD_BASE32[byte & 31];
  return code;
}

/** Unit serials: 12 characters, 60 bits — guessing one of a million live serials takes ~10^12 tries. */
export const SERIAL_LENGTH = 12;
/** Lot short codes name batches, which are public anyway: 8 characters. */
export const SHORT_CODE_LENGTH = 8;

export const newSerial = () => randomCode(SERIAL_LENGTH);
export const newShortCode = () => randomCode(SHORT_CODE_LENGTH);

/** The GS1 check digit of the digits before it (GTIN-8/12/13/14, GLN…). */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8/12/13/14 as GTIN-14, or undefined when it is not one (length, digits or check digit). */
export function normaliseGtin(value: string): string | undefined {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return undefined;
  const gtin = value.padStart(14, "0");
  return gs1CheckDigit(gtin.slice(0, 13)) === Number(gtin[13]) ? gtin : undefined;
}

/** A GLN (GS1 Global Location Number, AI 414): 13 digits, the last a valid check digit. */
export function isGln(value: string): boolean {
  return /^\d{13}$/.test(value) && gs1CheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/** GS1 AI 10 and 21 values: up to 20 characters of the GS1 "AI encodable character set 82". */
export const GS1_TEXT = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;
/** A lot's short code as printed (/t/{code}): SHORT_CODE_LENGTH characters of Crockford's alphabet, upper case. */
export const SHORT_CODE = new RegExp(`^[0-9A-Z]{${SHORT_CODE_LENGTH}}$`);

/** Label PDFs: the A4 21-up sticker sheet, or one 50 × 30 mm label per page for a thermal printer. */
export const LABEL_FORMATS = ["a4", "thermal"] as const;
export type LabelFormat = (typeof LABEL_FORMATS)[number];
