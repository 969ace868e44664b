import type { Page } from "@playwright/test";
import { VIETNAMESE_LETTER } from "../../src/features/i18n/vietnamese.ts";

/** A piece of Vietnamese an English page shows outside any element marked lang="vi". */
export type Unmarked = { text: string; in: string };

/**
 * Every text node of the page's body whose closest [lang] is not Vietnamese
 * and that holds a Vietnamese letter (src/features/i18n/vietnamese.ts).
 */
export function unmarkedVietnamese(page: Page): Promise<Unmarked[]> {
  return page.evaluate((letter) => {
    const vietnamese = new RegExp(letter, "u");
    const isVi = (el: Element | null) => (el?.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase().startsWith("vi");
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = el; at && parts.length < 3; at = at.parentElement) {
        parts.unshift(at.tagName.toLowerCase() + (at.className && typeof at.className === "string" ? `.${at.className.split(" ")[0]}` : ""));
      }
      return parts.join(" > ");
    };
    const found: { text: string; in: string }[] = [];
    const check = (text: string, el: Element) => {
      if (!isVi(el) && vietnamese.test(text.normalize("NFD"))) found.push({ text: text.trim().slice(0, 120), in: where(el) });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest("script, style, template")) continue;
      check(node.textContent ?? "", el);
    }
    return found;
  }, VIETNAMESE_LETTER.source);
}
