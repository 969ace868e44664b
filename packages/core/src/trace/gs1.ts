import digitalLink from "digital-link.js";
import { GS1_TEXT, gs1CheckDigit, SHORT_CODE } from "./codes.js";

/**
 * Reading a scanned path. GS1 Digital Links (/01/{gtin}[/10/{lot}][/21/{serial}])
 * are checked with digital-link.js, GS1's reference grammar (AI order, syntax,
 * character sets, check digit); our short codes (/t/{code}[/{serial}]) by
 * their own shape. Either way the result names what was scanned, or why the
 * path is malformed (a 400, never a 404: the scanner should know the code
 * itself is wrong).
 */
export type ScanKey = { kind: "gs1"; gtin: string; lot?: string; serial?: string; expiry?: string } | { kind: "short"; short: string; serial?: string };

export type Malformed = { problem: "check-digit" | "syntax"; detail: string };

const SERIAL = GS1_TEXT;

/** A valid YYMMDD (DD 00 means "end of month", as GS1 allows). */
function validYymmdd(value: string): boolean {
  if (!/^\d{6}$/.test(value)) return false;
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  return month >= 1 && month <= 12 && day <= 31;
}

/** `path` without any locale prefix, e.g. "/01/08939990000011/10/LOT1"; `search` as in the URL. */
export function parseDigitalLink(path: string, search: string): ScanKey | Malformed {
  const gtinMatch = /^\/01\/(\d+)/.exec(path);
  if (!gtinMatch) return { problem: "syntax", detail: "the path must start /01/{GTIN}" };
  const digits = gtinMatch[1] ?? "";
  if (![8, 12, 13, 14].includes(digits.length)) {
    return { problem: "syntax", detail: `a GTIN has 8, 12, 13 or 14 digits, not ${digits.length}` };
  }
  if (gs1CheckDigit(digits.slice(0, -1)) !== Number(digits.at(-1))) return { problem: "check-digit", detail: digits };
  const tenAt = path.indexOf("/10/");
  const serialAt = path.indexOf("/21/");
  if (tenAt > -1 && serialAt > -1 && serialAt < tenAt) {
    return { problem: "syntax", detail: "the lot (10) must come before the serial (21)" };
  }
  let link: ReturnType<typeof digitalLink.DigitalLink>;
  try {
    link = digitalLink.DigitalLink(`https://resolver.invalid${path}${search}`);
  } catch (error) {
    return { problem: "syntax", detail: (error as Error).message };
  }
  if (!link.isValid()) {
    const { trace } = link.getValidationTrace();
    const rest = trace.at(-1)?.remainder;
    return { problem: "syntax", detail: rest ? `unexpected "${rest.slice(0, 60)}"` : "not a GS1 Digital Link" };
  }
  const qualifiers = link.getKeyQualifiers();
  const attributes = link.getAttributes();
  const expiry = attributes["17"];
  if (expiry !== undefined && !validYymmdd(expiry)) {
    return { problem: "syntax", detail: "the expiry date (17) must be YYMMDD" };
  }
  // The grammar reads percent-encoded values as they are ("%0A" is three
  // characters of its set): the decoded value must fit the set too.
  const lot = decodeValue(qualifiers["10"]);
  const serial = decodeValue(qualifiers["21"]);
  if (lot === null || serial === null) return { problem: "syntax", detail: VALUE_RULE };
  return { kind: "gs1", gtin: digits.padStart(14, "0"), lot, serial, expiry };
}

const VALUE_RULE = "a lot (10) or serial (21) is 1 to 20 letters, digits or !\"%&'()*+,-./:;<=>?_";

/** A percent-decoded AI 10 / 21 value; null when it does not decode or leaves GS1's character set. */
function decodeValue(value: string | undefined): string | undefined | null {
  if (value === undefined) return undefined;
  try {
    const decoded = decodeURIComponent(value);
    return SERIAL.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** `path` like "/t/DM000001" or "/t/DM000001/SERIAL". */
export function parseShortCode(path: string): ScanKey | Malformed {
  const [, , short, serial, ...extra] = path.split("/");
  if (!short || !SHORT_CODE.test(short.toUpperCase())) {
    return { problem: "syntax", detail: "a short code has 8 letters and digits" };
  }
  const decoded = serial === undefined || serial === "" ? undefined : decodeValue(serial);
  if (extra.length || decoded === null) {
    return { problem: "syntax", detail: "expected /t/{code} or /t/{code}/{serial}" };
  }
  return { kind: "short", short: short.toUpperCase(), serial: decoded };
}

export function isMalformed(key: ScanKey | Malformed): key is Malformed {
  return "problem" in key;
}
