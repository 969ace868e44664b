/**
 * Vietnamese text without diacritics, lower-cased ("Chè Tân Cương" → "che tan cuong",
 * "đ" → "d"): what people type on a phone keyboard without a Vietnamese layout.
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase()
}
