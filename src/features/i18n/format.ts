import type { Locale } from "./messages.ts";

const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en" };

/** A VND amount in whole đồng, e.g. "250.000 ₫" (vi) or "₫250,000" (en). VND has no minor unit. */
export function formatVnd(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A count with the locale's digit grouping. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** A calendar date as people in Vietnam read it (decisions and expiries are Vietnamese dates). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}

/** A share 0–1 as a percentage, e.g. "66,7 %" (vi) or "66.7%" (en). */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** A moment with its time of day in Vietnam, short, e.g. when figures were computed. */
export function formatDateTimeShort(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}

/** A date and time in Vietnam's time zone, e.g. "19:00 thứ Bảy, 5 tháng 12, 2026" (events happen in Vietnam). */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(date);
}

/** A time of day in Vietnam's time zone, e.g. "20:30". */
export function formatTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}
