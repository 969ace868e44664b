import { formatNumber } from "./format.ts";
import type { Locale, MessageKey } from "./messages.ts";

/**
 * Messages whose words change with a number. `by` names the placeholders that
 * decide; each form is keyed by their plural categories (Intl.PluralRules),
 * joined with "." when there are several ("one.other"). A combination not
 * listed uses the message in messages.ts, which is the "other" form.
 * Vietnamese words do not change with number ("1 kết quả", "2 kết quả"), so
 * only English forms are listed.
 */
type Plural = { by: string[]; forms: Partial<Record<Locale, Record<string, string>>> };

const plurals: Partial<Record<MessageKey, Plural>> = {
  "search.results": { by: ["count"], forms: { en: { one: "{count} result" } } },
  "search.resultsFor": { by: ["count"], forms: { en: { one: "{count} result for “{q}”" } } },
  "list.count": { by: ["count"], forms: { en: { one: "{count} product" } } },
  "trace.verified": { by: ["count"], forms: { en: { one: "History verified: {count} step, not changed after it was recorded." } } },
  "trace.firstScan": { by: ["count"], forms: { en: { one: "First scanned {date}. Scanned {count} time." } } },
  "cart.booking": { by: ["visitors"], forms: { en: { one: "Booked for {date}, {visitors} visitor" } } },
  "booking.line": { by: ["visitors"], forms: { en: { one: "{date} · {visitors} visitor" } } },
  "booking.price": { by: ["visitors"], forms: { en: { one: "{price} per visitor × {visitors} visitor = {amount}" } } },
  "booking.left": { by: ["left"], forms: { en: { one: "{date}: {left} place left" } } },
  "portal.bookingsOn": { by: ["visitors"], forms: { en: { one: "{date}: {visitors} visitor" } } },
  "security.tooManyAttempts": { by: ["minutes"], forms: { en: { one: "Too many failed attempts. Please try again in {minutes} minute." } } },
  "security.tooManyRequests": { by: ["seconds"], forms: { en: { one: "Too many requests. Please try again in {seconds} second." } } },
  "dash.inPeriodSummary": {
    by: ["count", "issued"],
    forms: {
      en: {
        "one.one": "{count} product certified for the first time ({valid} still valid); {issued} recognition decision in the period, renewals included.",
        "one.other": "{count} product certified for the first time ({valid} still valid); {issued} recognition decisions in the period, renewals included.",
        "other.one": "{count} products certified for the first time ({valid} still valid); {issued} recognition decision in the period, renewals included.",
      },
    },
  },
  "dash.modernNote": { by: ["count"], forms: { en: { one: "Selling on this platform counts as a modern channel: {count} entity has orders here." } } },
  "certs.confirm": { by: ["count"], forms: { en: { one: "Confirm: write the {count} good row" } } },
  "certs.checked": {
    by: ["good", "bad"],
    forms: {
      en: {
        "one.one": "Checked: {good} good row, {bad} row with problems. Nothing written yet.",
        "one.other": "Checked: {good} good row, {bad} rows with problems. Nothing written yet.",
        "other.one": "Checked: {good} good rows, {bad} row with problems. Nothing written yet.",
      },
    },
  },
  "certs.imported": {
    by: ["written", "bad"],
    forms: {
      en: {
        "one.one": "Wrote {written} certificate; {bad} row was not written.",
        "one.other": "Wrote {written} certificate; {bad} rows were not written.",
        "other.one": "Wrote {written} certificates; {bad} row was not written.",
      },
    },
  },
  "certs.expiring": { by: ["days"], forms: { en: { one: "Expiring within {days} day" } } },
};

const rules = new Map<Locale, Intl.PluralRules>();
function ruleFor(locale: Locale): Intl.PluralRules {
  const kept = rules.get(locale);
  if (kept) return kept;
  const made = new Intl.PluralRules(locale === "vi" ? "vi-VN" : "en");
  rules.set(locale, made);
  return made;
}

/**
 * The form of `key` for the numbers in `values`, with those numbers written as
 * the language writes them; undefined when the message has no plural forms or
 * a deciding value is not a number (then the message is used as it is).
 */
export function pluralForm(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number>,
): { template: string | undefined; values: Record<string, string | number> } | undefined {
  const plural = plurals[key];
  if (!plural) return undefined;
  const numbers = plural.by.map((name) => values[name]);
  if (!numbers.every((n): n is number => typeof n === "number")) return undefined;
  const category = numbers.map((n) => ruleFor(locale).select(n)).join(".");
  const written = Object.fromEntries(plural.by.map((name, i) => [name, formatNumber(numbers[i] ?? 0, locale)]));
  return { template: plural.forms[locale]?.[category], values: { ...values, ...written } };
}
