import { foldVietnamese } from "../../../../modules/ocop/fold"

/** How many top results a query with diacritics may reorder (rounded up to whole pages). */
const WINDOW = 100

const wordsOf = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** Whether the text carries Vietnamese diacritics or đ: only then can an exact match differ from a folded one. */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.normalize("NFC").toLowerCase()
}

/** How many of the query's words with diacritics the title holds exactly as typed ("đỉnh" is not "đinh"). */
export function exactWords(query: string, title: string): number {
  const inTitle = new Set(wordsOf(title))
  return wordsOf(query).filter((word) => hasDiacritics(word) && inTitle.has(word)).length
}

/** Hits whose title holds more of the query's words exactly as typed first; ties keep the engine's order. */
export function exactFirst<T extends Record<string, unknown>>(hits: T[], query: string): T[] {
  return hits
    .map((hit, index) => ({ hit, index, exact: exactWords(query, String(hit.title ?? "")) }))
    .sort((a, b) => b.exact - a.exact || a.index - b.index)
    .map(({ hit }) => hit)
}

/**
 * What to ask the engine for one page. Both engines fold diacritics on both
 * sides, so "trà đỉnh" ranks "Trà đinh" as high as "Hồng Đỉnh trà": for a
 * query with diacritics sorted by relevance, a page within the top results is
 * cut from that whole window re-ranked by exactFirst (`slice`), so every page
 * of it agrees; pages past the window keep the engine's order.
 */
export function pageRequest(q: { q?: string | undefined; sort: string; mode: string; page: number; limit: number }) {
  const skip = (q.page - 1) * q.limit
  const window = Math.ceil(WINDOW / q.limit) * q.limit
  if (!q.q || q.sort !== "relevance" || q.mode !== "all" || !hasDiacritics(q.q) || skip >= window) {
    return { skip, take: q.limit }
  }
  return { skip: 0, take: window, slice: { from: skip, to: skip + q.limit } }
}
