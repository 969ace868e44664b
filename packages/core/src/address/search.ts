/**
 * Keys for matching Vietnamese place names as people type them. Small and
 * data-free, so a browser script can import it (@ocop/core/address-search).
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Text as one types it without diacritics: "Thái  Nguyên" → "thai nguyen" (đ → d, case and spaces folded). */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The same spelling whichever vowel carries the tone mark ("Thanh Hoá" and
 * "Thanh Hóa" are one name; "Văn Lăng" and "Văn Lang" stay two), in any case.
 */
export function spellingKey(text: string): string {
  return text
    .normalize("NFD")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .map((word) => {
      const tones = word.match(TONES) ?? [];
      return word.replace(TONES, "") + tones.join("");
    })
    .join(" ");
}

/** Whether every word of `query` starts a word of `name`, or the query is inside it, both without diacritics: "thai ng" finds "Thái Nguyên". */
export function matchesSearch(name: string, query: string): boolean {
  const q = searchKey(query);
  if (q === "") return true;
  const key = searchKey(name);
  if (key.includes(q)) return true;
  const words = key.split(" ");
  return q.split(" ").every((part) => words.some((word) => word.startsWith(part)));
}
