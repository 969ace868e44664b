/**
 * Vietnamese by its letters: đ, or a vowel carrying a breve (ă), circumflex
 * (â ê ô), horn (ơ ư) or one of the five tone marks (à á ả ã ạ). Checked on
 * the decomposed text (NFD), so precomposed and combining spellings agree.
 * English copy with an accented loanword ("café") reads as Vietnamese here:
 * our English texts spell such words plainly.
 */
export const VIETNAMESE_LETTER = /[đĐ]|[\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323]/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** Whether the text holds any Vietnamese letter. */
export function hasVietnamese(text: string): boolean {
  return VIETNAMESE_LETTER.test(text.normalize("NFD"));
}

/** The words of `text` written with Vietnamese letters. */
export function vietnameseWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter(hasVietnamese);
}

export type Run = { text: string; vi: boolean };

/**
 * English text split into runs, the Vietnamese names in it (consecutive words
 * with Vietnamese letters, e.g. "Tân Cương") apart from the English around
 * them, so a page can mark each name lang="vi". Joined, the runs give back the text.
 */
export function vietnameseRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  let name: { start: number; end: number } | null = null;
  const close = () => {
    if (!name) return;
    if (name.start > at) runs.push({ text: text.slice(at, name.start), vi: false });
    runs.push({ text: text.slice(name.start, name.end), vi: true });
    at = name.end;
    name = null;
  };
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    if (!hasVietnamese(word[0])) close();
    else if (name && /^\s+$/u.test(text.slice(name.end, start))) name.end = end;
    else {
      close();
      name = { start, end };
    }
  }
  close();
  if (at < text.length) runs.push({ text: text.slice(at), vi: false });
  return runs;
}
