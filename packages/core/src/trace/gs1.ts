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
export type ScanKey =
  | { kind: "gs1"; gtin: string; lot?: string; serial?: string; expiry?: string /** AI 235, a third-party controlled serial: read, never stored. */; tpx?: string }
  | { kind: "short"; short: string; serial?: string };
/** A key read from a GS1 Digital Link URI. */
export type Gs1Key = Extract<ScanKey, { kind: "gs1" }>;

/** Why a path is not a key: a wrong check digit, the grammar, or a date attribute off the calendar ("17=270230"). */
export type Malformed = { problem: "check-digit" | "syntax" | "date"; detail: string };

const SERIAL = GS1_TEXT;

/**
 * The date AIs a GTIN's link may carry as attributes, and the dates each holds
 * (YYMMDD, the last one optional for 7007's range). GS1 allows DD 00 for "end
 * of month"; any other day must be on the calendar.
 */
const DATE_AIS: Record<string, { dates: number; optional?: boolean; time?: boolean }> = {
  "11": { dates: 1 },
  "12": { dates: 1 },
  "13": { dates: 1 },
  "15": { dates: 1 },
  "16": { dates: 1 },
  "17": { dates: 1 },
  "7003": { dates: 1, time: true },
  "7006": { dates: 1 },
  "7007": { dates: 2, optional: true },
};

/** Whether YYMMDD is a calendar date (DD 00 meaning the month's end). Two-digit years are 1950-2049 or 2000-2099 by GS1's sliding window: either way YY divisible by 4 is a leap year. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{6}$/.test(value)) return false;
  const year = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (month < 1 || month > 12) return false;
  const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The first date attribute that is not on the calendar, as "AI=value"; undefined when all are. */
function badDate(attributes: Record<string, string>): { ai: string; value: string } | undefined {
  for (const [ai, rule] of Object.entries(DATE_AIS)) {
    const value = attributes[ai];
    if (value === undefined) continue;
    const digits = rule.time ? value.slice(0, 6) : value;
    const dates = digits.match(/.{6}/g) ?? [];
    const lengthOk = rule.time
      ? /^\d{10}$/.test(value) && Number(value.slice(6, 8)) < 24 && Number(value.slice(8, 10)) < 60
      : digits.length === 6 * rule.dates || (rule.optional === true && digits.length === 6);
    if (!lengthOk || !dates.every(isCalendarDate)) return { ai, value };
  }
  return undefined;
}

/** AI 235 (GS1 Digital Link 1.4): up to 28 characters of set 82, after the GTIN and nothing else. */
const TPX = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,28}$/;

/** `path` without any locale prefix, e.g. "/01/08939990000011/10/LOT1"; `search` as in the URL. */
export function parseDigitalLink(rawPath: string, search: string): Gs1Key | Malformed {
  // A trailing slash is tolerated (the resolver standard's SHOULD).
  const path = rawPath.length > 1 ? rawPath.replace(/\/$/, "") : rawPath;
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
  // digital-link.js 1.4.3 predates AI 235: it is read here, and the grammar checks the rest.
  const tpxMatch = /^(\/01\/\d+)\/235\/([^/]*)$/.exec(path);
  let tpx: string | undefined;
  if (tpxMatch) {
    tpx = decodeValue(tpxMatch[2], TPX) ?? undefined;
    if (tpx === undefined) return { problem: "syntax", detail: "a third-party serial (235) is 1 to 28 letters, digits or !\"%&'()*+,-./:;<=>?_" };
  }
  let link: ReturnType<typeof digitalLink.DigitalLink>;
  try {
    link = digitalLink.DigitalLink(`https://resolver.invalid${tpxMatch?.[1] ?? path}${search}`);
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
  const date = badDate(attributes);
  if (date) return { problem: "date", detail: `${date.ai}=${date.value}` };
  const expiry = attributes["17"];
  // The grammar reads percent-encoded values as they are ("%0A" is three
  // characters of its set): the decoded value must fit the set too.
  const lot = decodeValue(qualifiers["10"]);
  const serial = decodeValue(qualifiers["21"]);
  if (lot === null || serial === null) return { problem: "syntax", detail: VALUE_RULE };
  return { kind: "gs1", gtin: digits.padStart(14, "0"), lot, serial, expiry, ...(tpx ? { tpx } : {}) };
}

const VALUE_RULE = "a lot (10) or serial (21) is 1 to 20 letters, digits or !\"%&'()*+,-./:;<=>?_";

/** A percent-decoded AI 10 / 21 value; null when it does not decode or leaves GS1's character set. */
function decodeValue(value: string | undefined, rule: RegExp = SERIAL): string | undefined | null {
  if (value === undefined) return undefined;
  try {
    const decoded = decodeURIComponent(value);
    return rule.test(decoded) ? decoded : null;
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
