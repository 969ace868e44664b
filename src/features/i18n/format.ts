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

/** A moment, short, in Vietnam time (e.g. when a trace page was checked or its data saved). */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}
