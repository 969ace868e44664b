import type { Locale } from "./messages.ts";

const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en" };

/**
 * Intl formatters are slow to make (tens of microseconds, more with a time
 * zone) and cheap to use, and a page formats dozens of values: each kind is
 * made once per language.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  const kept = numberFormats.get(key);
  if (kept) return kept;
  const format = new Intl.NumberFormat(intlLocale[locale], options);
  numberFormats.set(key, format);
  return format;
}

function dateFormat(locale: Locale, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  const kept = dateFormats.get(key);
  if (kept) return kept;
  const format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: "Asia/Ho_Chi_Minh" });
  dateFormats.set(key, format);
  return format;
}

/** A VND amount in whole đồng, e.g. "250.000 ₫" (vi) or "₫250,000" (en). VND has no minor unit. */
export function formatVnd(amount: number, locale: Locale): string {
  return numberFormat(locale, "vnd", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount);
}

/** A count with the locale's digit grouping. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, "count", {}).format(value);
}

/** A calendar date as people in Vietnam read it (decisions and expiries are Vietnamese dates). */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale, "date", { dateStyle: "long" }).format(date);
}

/** A share 0–1 as a percentage, e.g. "66,7 %" (vi) or "66.7%" (en). */
export function formatPercent(share: number, locale: Locale): string {
  return numberFormat(locale, "percent", { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** A moment with its time of day in Vietnam, short, e.g. when figures were computed. */
export function formatDateTimeShort(date: Date, locale: Locale): string {
  return dateFormat(locale, "dateTimeShort", { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A date and time in Vietnam's time zone, e.g. "19:00 thứ Bảy, 5 tháng 12, 2026" (events happen in Vietnam). */
export function formatDateTime(date: Date, locale: Locale): string {
  return dateFormat(locale, "dateTime", { dateStyle: "full", timeStyle: "short" }).format(date);
}

/** A time of day in Vietnam's time zone, e.g. "20:30". */
export function formatTime(date: Date, locale: Locale): string {
  return dateFormat(locale, "time", { timeStyle: "short" }).format(date);
}
