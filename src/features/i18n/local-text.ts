import { type Locale, type MessageKey, t } from "./messages.ts";
import { type Run, vietnameseRuns } from "./vietnamese.ts";

/** A text from the data in Vietnamese, and in English when someone wrote it. */
export type LocalText = { vi: string; en?: string | null };

/**
 * What a page shows of a text in a language, as runs to mark lang="vi" or not.
 * On English pages: the English text with the Vietnamese names in it marked,
 * or, when there is no English, the Vietnamese text marked whole.
 */
export function localRuns(locale: Locale, text: LocalText): Run[] {
  if (locale === "vi") return [{ text: text.vi, vi: false }];
  const en = text.en?.trim();
  return en ? vietnameseRuns(en) : [{ text: text.vi, vi: true }];
}

/** The text in a language as a plain string (for attributes and titles, which cannot mark a language). */
export function localString(locale: Locale, text: LocalText): string {
  return (locale === "en" && text.en?.trim()) || text.vi;
}

/**
 * A message split around one placeholder, for a page that shows the value in
 * its own element (a Vietnamese name marked lang="vi" inside an English sentence).
 */
export function aroundPlaceholder(locale: Locale, key: MessageKey, name: string, values: Record<string, string | number> = {}): [string, string] {
  const [before = "", after = ""] = t(locale, key, { ...values, [name]: "\u0000" }).split("\u0000");
  return [before, after];
}
